// UK phone numbers as contacts.yaml writes them ("020 8359 7008", "0800 1111", "07400 123456", "999"), checked and
// turned into the international form a tel: link needs, with the maintained libphonenumber-js. Build time only: the
// schema (src/content.config.ts) and printed addresses use it, so its metadata never reaches the browser.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * 999 is an emergency short code: libphonenumber-js parses only full numbers, so it is named here once.
 * (112 also works in the UK, but the site only ever shows 999.)
 */
export const emergencyNumber = '999';

/** Digits in groups, starting with 0, as UK numbers are written: no "+44", brackets or dashes. */
const writtenTheUkWay = /^0\d+( \d+)*$/;

/**
 * The international form ("+442083597008") of a number written the UK way, for its tel: link; "999" stays "999".
 * Throws, naming the number, when it is not a UK number of the right length for its kind.
 */
export function telFromDisplay(display: string): string {
  if (display === emergencyNumber) return emergencyNumber;
  if (!writtenTheUkWay.test(display)) {
    throw new Error(
      `"${display}": write UK numbers as digits in groups starting with 0, e.g. 020 8359 7008 or 0800 1111`,
    );
  }
  const number = parsePhoneNumberFromString(display, 'GB');
  // isValid: a number in use for its range and of its length. It also refuses Ofcom's numbers for TV and drama
  // (07700 900123), so a made-up sample number cannot reach the site.
  if (!number || number.country !== 'GB' || !number.isValid()) {
    throw new Error(`"${display}" is not a UK phone number in use: check for a missing or extra digit`);
  }
  return number.number;
}

/** A tel: link's number written the UK way: "+442083597008" -> "020 8359 7008"; "999" stays "999". */
export function displayFromTel(tel: string): string {
  const digits = tel.replace(/[^\d+]/g, '');
  if (digits === emergencyNumber) return emergencyNumber;
  return parsePhoneNumberFromString(digits, 'GB')?.formatNational() ?? digits;
}
