// The primary navigation, in the order a young person needs it. Paths are site paths (no base).
export const primaryNavigation = [
  { path: '/', label: 'Home' },
  { path: '/support/', label: 'Get support' },
  { path: '/get-an-advocate/', label: 'Get an advocate' },
  { path: '/how-to-complain/', label: 'Make a complaint' },
  { path: '/which-stage/', label: 'Which stage am I at?' },
  { path: '/have-your-say/', label: 'Have your say' },
  { path: '/contacts/', label: 'Contacts' },
] as const;

export const footerLinks = [
  { path: '/contacts/', label: 'Contacts' },
  { path: '/words-explained/', label: 'Words explained' },
  { path: '/about/', label: 'About this guide' },
  { path: '/leaflets/', label: 'Leaflets to print' },
  { path: '/accessibility/', label: 'Accessibility statement' },
  { path: '/privacy/', label: 'Privacy' },
  { path: '/exit-this-page/', label: 'Leaving this site quickly' },
] as const;

/** Where "Exit this page" goes: a neutral site, as in the GOV.UK pattern. */
export const exitDestination = 'https://www.bbc.co.uk/weather';
