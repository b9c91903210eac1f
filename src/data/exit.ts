/** Where "Exit this page" goes: a neutral site, as in the GOV.UK pattern. */
export const exitDestination = 'https://www.bbc.co.uk/weather';
