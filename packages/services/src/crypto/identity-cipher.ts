import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for identity data (privacy.md): AES-256-GCM with a key from
 * configuration. Stored as `v1:<base64 iv|tag|ciphertext>`. Personal numbers also get
 * a keyed HMAC so that a person can be found without decrypting every row.
 */
export type TIdentityCipher = {
  encrypt: (plain: string) => string;
  decrypt: (stored: string) => string;
  lookupHash: (value: string) => string;
};

export function createIdentityCipher(masterKey: Buffer): TIdentityCipher {
  if (masterKey.length !== 32) throw new Error('identity key must be 32 bytes');
  const encKey = Buffer.from(
    hkdfSync('sha256', masterKey, Buffer.alloc(0), 'lots identity encryption v1', 32),
  );
  const macKey = Buffer.from(
    hkdfSync('sha256', masterKey, Buffer.alloc(0), 'lots identity lookup v1', 32),
  );
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64')}`;
    },
    decrypt(stored) {
      if (!stored.startsWith('v1:')) throw new Error('unknown identity ciphertext version');
      const raw = Buffer.from(stored.slice(3), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    lookupHash(value) {
      return createHmac('sha256', macKey).update(value.replace(/\D/g, '')).digest('hex');
    },
  };
}
