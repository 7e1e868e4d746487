import { Anchor, Badge, Button, Table, createTheme } from '@mantine/core';
import type { CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's default blue (#228be6) gives white text a contrast of only 3.6:1, and
 * its dimmed grey, error red and input borders fail WCAG 2.1 AA on white as well.
 * Lots uses a darker public-sector blue (shade 6 = #0067c5, 5.6:1 on white; NAV's
 * Aksel uses the same action colour) and the resolver below darkens the rest.
 */
const lotsBlue: MantineColorsTuple = [
  '#e6f0ff',
  '#cce1ff',
  '#99c3ff',
  '#66a5f4',
  '#3386e0',
  '#0d74d6',
  '#0067c5',
  '#0056b4',
  '#00459c',
  '#002f6b',
];

const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'lots',
  primaryShade: { light: 6, dark: 6 },
  colors: { lots: lotsBlue },
  fontFamily,
  defaultRadius: 'sm',
  focusRing: 'auto',
  headings: {
    fontFamily,
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.25' },
      h2: { fontSize: '1.25rem', lineHeight: '1.3' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.35' },
    },
  },
  components: {
    // Links are underlined, so they do not rely on colour alone (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // Upper-case labels are harder to read; tags carry words, not codes.
    Badge: Badge.extend({ styles: { label: { textTransform: 'none' } } }),
    Button: Button.extend({ defaultProps: { radius: 'sm' } }),
    Table: Table.extend({ defaultProps: { verticalSpacing: 'xs', horizontalSpacing: 'sm' } }),
  },
});

/** Contrast fixes of the light scheme (the app uses no dark scheme). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    // red-9 #c92a2a: 5.5:1 on white (red-6 is 3.3:1)
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // gray-7 #495057: 8.2:1 (gray-6 is 3.3:1)
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Input and button borders need 3:1 against white (gray-4 is 1.5:1): gray-6 is 3.3:1.
    '--mantine-color-default-border': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
