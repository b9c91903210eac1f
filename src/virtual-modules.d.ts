// Modules the build makes (src/integrations/).
declare module 'virtual:your-voice/site' {
  export const site: import('./integrations/site-config.ts').SiteConfig;
}
