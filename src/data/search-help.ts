// The three pages most people who search need, shown when search finds nothing and when search cannot run
// (JavaScript off). SearchHelp.astro names them as the main menu does, so a renamed page is renamed there too.
export const mostUsefulPaths = ['/how-to-complain/', '/get-an-advocate/', '/which-stage/'] as const;
