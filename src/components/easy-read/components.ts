// The components an Easy Read page's words may use, so content authors never write an import (see CONTENT.md).
// The Easy Read leaflet renders the same page with the same components.
import Row from './Row.astro';
import Contact from './Contact.astro';
import EasyReadPages from './EasyReadPages.astro';
import HelpNow from './HelpNow.astro';
import ContactLink from '../ContactLink.astro';
import Meeting from '../Meeting.astro';
import PageLink from '../PageLink.astro';
import PanelCount from '../PanelCount.astro';
import Timescale from '../Timescale.astro';

export const easyReadComponents = {
  Row,
  Contact,
  ContactLink,
  EasyReadPages,
  HelpNow,
  Meeting,
  PageLink,
  PanelCount,
  Timescale,
};
