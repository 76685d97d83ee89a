/**
 * The stand-in identity provider's signing key: an RSA 2048 key with a self-signed X.509
 * certificate, made on first run and kept in the host's data folder afterwards, so that the
 * certificate configured in the plugin stays valid across restarts.
 */
import { X509Certificate, createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';

export interface SigningKey {
  privateKeyPem: string;
  certificatePem: string;
}

export class SigningKeyFileError extends Error {
  constructor(
    readonly filePath: string,
    reason: string,
  ) {
    super(`The signing key file ${filePath} cannot be used: ${reason}`);
    this.name = 'SigningKeyFileError';
  }
}

export const SIGNING_KEY_FILE_NAME = 'idp-signing-key.pem';

const CERTIFICATE_YEARS = 10;
const PEM_BLOCK = /-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----\n?/g;

/**
 * Makes a new key and a certificate for it naming `commonName`, valid from a day before `now`
 * (so that a clock running slightly behind still accepts it) for ten years.
 */
export function generateSigningKey(commonName: string, now: Date = new Date()): SigningKey {
  // Node's native generator takes a fraction of a second; forge's pure-JS one takes seconds.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  const certificatePem = selfSignedCertificate(privateKeyPem, commonName, now);
  return { privateKeyPem, certificatePem };
}

/**
 * Reads the key kept in `dir`, or makes one and keeps it there (file mode 0600). When two
 * processes start at once, the first to store its key wins and the other reads that one.
 */
export function loadOrCreateSigningKey(dir: string, commonName: string): SigningKey {
  const filePath = path.join(dir, SIGNING_KEY_FILE_NAME);
  if (fs.existsSync(filePath)) {
    return readSigningKey(filePath);
  }

  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = generateSigningKey(commonName);
  const stored = storeIfAbsent(filePath, key.privateKeyPem + key.certificatePem);
  return stored ? key : readSigningKey(filePath);
}

function selfSignedCertificate(privateKeyPem: string, commonName: string, now: Date): string {
  const key = forge.pki.privateKeyFromPem(privateKeyPem) as forge.pki.rsa.PrivateKey;
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  certificate.serialNumber = positiveSerialNumber();

  certificate.validity.notBefore = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  certificate.validity.notAfter = new Date(now.getTime());
  certificate.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + CERTIFICATE_YEARS);

  const subject = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'MentorMatch stand-in host' },
  ];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true },
  ]);

  certificate.sign(key, forge.md.sha256.create());
  return forge.pki.certificateToPem(certificate).replace(/\r\n/g, '\n');
}

function positiveSerialNumber(): string {
  // RFC 5280 wants a positive serial; a first byte in 0x01..0x7f keeps DER's encoding minimal.
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x7f) | 0x01;
  return bytes.toString('hex');
}

/** Writes through a temporary file and a hard link, which fails if the target exists. */
function storeIfAbsent(filePath: string, contents: string): boolean {
  const temporaryPath = `${filePath}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(temporaryPath, contents, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temporaryPath, filePath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return false;
    }
    throw error;
  } finally {
    fs.unlinkSync(temporaryPath);
  }
}

function readSigningKey(filePath: string): SigningKey {
  const blocks = [...fs.readFileSync(filePath, 'utf8').matchAll(PEM_BLOCK)];
  const privateKeyPem = blocks.find((block) => block[1] === 'PRIVATE KEY')?.[0];
  const certificatePem = blocks.find((block) => block[1] === 'CERTIFICATE')?.[0];
  if (!privateKeyPem || !certificatePem) {
    throw new SigningKeyFileError(filePath, 'it must hold a PRIVATE KEY and a CERTIFICATE');
  }

  if (!certificateIsForKey(certificatePem, privateKeyPem)) {
    throw new SigningKeyFileError(filePath, 'its certificate is unreadable or not for its key');
  }
  return { privateKeyPem, certificatePem };
}

function certificateIsForKey(certificatePem: string, privateKeyPem: string): boolean {
  try {
    return new X509Certificate(certificatePem).checkPrivateKey(createPrivateKey(privateKeyPem));
  } catch {
    return false;
  }
}
