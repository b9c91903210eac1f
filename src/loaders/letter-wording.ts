// Reads src/data/letters.yaml at build time (and in unit tests), from the project folder both run in, and puts in
// the name of who complaints go to, from src/data/contacts.yaml. Node only: the browser gets the words as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { complaintsContactId } from '../lib/letters/recipient.ts';
import { parseWording, withRecipient, type Wording } from '../lib/letters/wording.ts';

const dataFile = (name: string) => readFileSync(join(process.cwd(), 'src/data', name), 'utf8');

export function loadWording(): Wording {
  const contacts = parse(dataFile('contacts.yaml')) as {
    id: string;
    name: string;
    organisation: string;
    email?: string;
  }[];
  const officer = contacts.find((c) => c.id === complaintsContactId);
  if (!officer) throw new Error(`letters: no "${complaintsContactId}" in src/data/contacts.yaml`);
  return withRecipient(parseWording(dataFile('letters.yaml')), `${officer.name}, ${officer.organisation}`);
}
