import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { displayFromTel, emergencyNumber, telFromDisplay } from '../../src/lib/phone.ts';

test('UK numbers as people write them become the international form for tel: links', () => {
  assert.equal(telFromDisplay('020 8359 7008'), '+442083597008'); // London
  assert.equal(telFromDisplay('0800 1111'), '+448001111'); // Childline: a 7-digit freephone number
  assert.equal(telFromDisplay('07400 123456'), '+447400123456'); // a mobile, grouped 5 + 6
  assert.equal(telFromDisplay('0808 800 5792'), '+448088005792');
  assert.equal(telFromDisplay('0300 061 0614'), '+443000610614');
  assert.equal(telFromDisplay('0161 496 0000'), '+441614960000');
});

test('999 is the emergency short code: kept as it is, not parsed as a full number', () => {
  assert.equal(emergencyNumber, '999');
  assert.equal(telFromDisplay('999'), '999');
  assert.equal(displayFromTel('999'), '999');
});

test('a number with a digit missing or written another way is refused, naming it', () => {
  assert.throws(() => telFromDisplay('020 8359 700'), /"020 8359 700" is not a UK phone number/);
  assert.throws(() => telFromDisplay('0800 111'), /"0800 111" is not a UK phone number/);
  assert.throws(() => telFromDisplay('07700 900123'), /is not a UK phone number in use/); // Ofcom's range for TV and drama
  assert.throws(() => telFromDisplay('+44 20 8359 7008'), /write UK numbers as digits in groups starting with 0/);
  assert.throws(() => telFromDisplay('020-8359-7008'), /write UK numbers/);
  assert.throws(() => telFromDisplay('99'), /write UK numbers/);
});

test('tel: numbers are written back the UK way for print', () => {
  assert.equal(displayFromTel('+442083597008'), '020 8359 7008');
  assert.equal(displayFromTel('+448088005792'), '0808 800 5792');
  assert.equal(displayFromTel('+443000610614'), '0300 061 0614');
  assert.equal(displayFromTel('02088000017'), '020 8800 0017');
  assert.equal(displayFromTel('+447700900123'), '07700 900123');
  assert.equal(displayFromTel('+448001111'), '0800 1111');
});

test('every phone number in contacts.yaml is written the way its tel: link is built from', () => {
  const contacts = parse(readFileSync('src/data/contacts.yaml', 'utf8')) as {
    id: string;
    phone?: { display: string; tel?: string };
  }[];
  const phones = contacts.filter((contact) => contact.phone);
  assert.ok(phones.length >= 5);
  for (const { id, phone } of phones) {
    assert.equal(phone!.tel, undefined, `${id}: the tel: link comes from display, so contacts.yaml has no tel`);
    assert.equal(displayFromTel(telFromDisplay(phone!.display)), phone!.display, `${id}: ${phone!.display}`);
  }
});
