import { Center, Group, Loader, Text } from '@mantine/core';

/** A calm loading indicator that screen readers announce once. */
export function PageLoader({ label }: { label: string }) {
  return (
    <Center py="xl">
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden />
        <Text>{label}</Text>
      </Group>
    </Center>
  );
}
