// Runs before every build: stops a deploy build that has no public address with a message saying what to run,
// before Astro starts (so the message is not buried in a stack trace). Prints the address it will build for.
import { resolveSiteAddress, homeAddress } from '../src/integrations/site-address.ts';
import { siteSettings } from '../src/data/site.ts';

try {
  const address = resolveSiteAddress(process.env, siteSettings);
  console.log(
    `Building for ${homeAddress(address)}${address.preview ? ' (preview: printouts say "Preview copy")' : ''}`,
  );
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
