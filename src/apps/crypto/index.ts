/** crypto: hashes and HMACs, AES-GCM encryption (WebCrypto), base64/hex encoding. */
import { decode, decrypt, encode, encrypt } from './cipher-modules';
import { hash } from './hash';

export const cryptoModules = [hash, encrypt, decrypt, encode, decode];
