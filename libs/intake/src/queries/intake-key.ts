import { createHash } from 'node:crypto';

/** What is stored of an API key, and what a push is looked up by. */
export const intakeKeyHash = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');
