// The site's settings, resolved once per build: its name (src/data/site.ts), its public address and folder
// (src/data/site.ts, or SITE_URL and BASE_PATH), whether it is a preview, and whether it publishes the leaflets'
// PDFs. The check runs first thing in `astro build`: a deploy build with no address stops here, saying what to run.
// Components read the settings from the virtual module `virtual:your-voice/site`; the other integrations get them
// from `siteConfig().settings`.
import type { AstroIntegration } from 'astro';
import { siteSettings } from '../data/site.ts';
import { buildEnvironment } from './environment.ts';
import { homeAddress, publishesLeafletPdfs, resolveSiteAddress } from './site-address.ts';

export type SiteConfig = {
  /** The site's name: "Your voice in care". */
  name: string;
  /** Scheme and host: 'https://www.example.org'. */
  origin: string;
  /** The folder, with slashes: '/' or '/guide/'. */
  base: string;
  /** The home page's full address. */
  home: string;
  /** A local preview: printouts say "Preview copy". */
  preview: boolean;
  /** The committed leaflet PDFs carry this build's address, so the site may offer them. */
  leafletPdfs: boolean;
};

const moduleId = 'virtual:your-voice/site';
const resolvedId = `\0${moduleId}`;

/** The settings for an environment; throws (with what to run) when a deploy build has no usable address. */
export function resolveSiteConfig(env = buildEnvironment.address): SiteConfig {
  const address = resolveSiteAddress(env, siteSettings);
  return {
    name: siteSettings.name,
    origin: address.origin,
    base: address.base,
    home: homeAddress(address),
    preview: address.preview,
    leafletPdfs: publishesLeafletPdfs(address, siteSettings),
  };
}

export type SiteConfigIntegration = AstroIntegration & { readonly settings: SiteConfig };

export function siteConfig(): SiteConfigIntegration {
  let settings: SiteConfig | undefined;
  return {
    name: 'your-voice:site-config',
    get settings() {
      if (!settings) throw new Error('your-voice:site-config must come first in the integrations');
      return settings;
    },
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        settings = resolveSiteConfig();
        // Said even in a --silent build: the address goes on every printout, so whoever builds should see it.
        console.log(
          `Building for ${settings.home}${settings.preview ? ' (preview: printouts say "Preview copy")' : ''}`,
        );
        const config = settings;
        updateConfig({
          site: config.origin,
          base: config.base,
          vite: {
            plugins: [
              {
                name: moduleId,
                resolveId: (id: string) => (id === moduleId ? resolvedId : undefined),
                load: (id: string) =>
                  id === resolvedId ? `export const site = ${JSON.stringify(config)};` : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
