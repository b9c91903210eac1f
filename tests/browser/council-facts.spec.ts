// The council's facts on the site: every fact from the council's pages (FACTS.md, "From the council's pages") and the
// statutory facts the guide adds reach the built site, on the page where a young person would look for it; and facts
// read as facts: no page body says "the council's page says…" (or "Barnet's page gives…"). Where a fact comes from
// belongs in the page's "Where this information comes from"; a contact's known gap, said as what to do ("Ask your worker
// which address to use"), is left out of the check. That is checked on every page in the sitemap,
// every step of the stage tool and the leaflets.
// The facts below are what the sources say, written out on purpose: they check the data and the pages against
// FACTS.md, so a number changed in src/data/contacts.yaml must be changed here too (CONTENT.md says so).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/test.ts';
import { rootSite, sitemapPaths } from '../support/site.ts';

type Fact = {
  /** The FACTS.md topic this fact belongs to. */
  topic: string;
  /** Pages (relative paths) where a young person would look for it. */
  pages: string[];
  /** What the page must say, as visible text (whitespace is normalised). */
  says: (string | RegExp)[];
  /** Links the page must have, as CSS selectors inside <main>. */
  links?: string[];
};

const complaintsPhone = 'a[href="tel:+442083597008"]';
const complaintsEmail = 'a[href="mailto:FScomplaints@barnet.gov.uk"]';
const barnardosPhone = 'a[href="tel:+442088000017"]';
const barnardosEmail = 'a[href="mailto:advocacy2@barnardos.org.uk"]';

export const facts: Fact[] = [
  {
    topic: 'Barnet on Point: who it is for',
    pages: ['have-your-say/'],
    says: [
      'Barnet on Point (#BOP)',
      "Barnet's Children in Care Council",
      'Council for Looked After Children',
      'young people aged 12 to 25',
      'They are in care, or they have been in care',
    ],
  },
  {
    topic: 'Barnet on Point: when and where it meets, who is invited',
    pages: ['have-your-say/'],
    says: [
      'the first Tuesday of every month, 5.30pm to 8pm',
      'Onwards and Upwards Centre',
      'All young people in care and all care leavers are invited',
    ],
  },
  {
    topic: 'Barnet on Point: what it does and offers',
    pages: ['have-your-say/'],
    says: [
      'consultations',
      'does research',
      'runs events for young people in care',
      'Pan London Children in Care Council',
      'corporate parenting in Barnet and across the country',
      'do training',
      'get work',
      'make changes that will help other young people',
    ],
  },
  {
    topic: 'Children in Care Survey',
    pages: ['have-your-say/'],
    says: ['Children in Care Survey', 'every year', 'children in care and care leavers', 'decision makers'],
  },
  {
    topic: "Corporate Parenting Officers' Group",
    pages: ['have-your-say/'],
    says: [
      "Corporate Parenting Officers' Group (CPOG)",
      'every 6 weeks',
      'Corporate Parenting Plan',
      'make decisions about how we run services',
      'share feedback from young people',
      'once a quarter',
      'tell your social worker or your PA',
    ],
  },
  {
    topic: 'Views and ideas, through the Children in Care website (no link given)',
    pages: ['have-your-say/'],
    says: ['Children in Care website', 'our policies', 'Ask your PA or social worker how to find this website'],
  },
  {
    topic: 'Not getting the support you need',
    pages: ['support/'],
    says: [
      'PA (personal adviser)',
      'write down the decision and the reasons for it',
      'tell you the reasons for the decision',
      'how to make a complaint or appeal',
      'talk to your PA first, before you make a complaint',
    ],
  },
  {
    topic: 'Advocacy: the duty and who it covers',
    pages: ['get-an-advocate/'],
    says: [
      'The law says the council must give an advocacy service',
      'aged 0 to 25',
      'live in Barnet',
      'leaving care service',
    ],
  },
  {
    topic: 'Advocacy for care leavers: the organisations',
    pages: ['get-an-advocate/'],
    says: [
      'Action for Children',
      'independent visitors scheme',
      'advocacy for care leavers',
      'Young Lives Foundation',
      'advocacy project for care leavers',
      'Coram Voice',
      'advocacy services in Barnet',
      'the area where you live',
      'commissioning team',
      'list of advocacy services',
    ],
  },
  {
    topic: "Barnardo's advocate (freephone, as the council's page says)",
    pages: ['get-an-advocate/', 'help-making-a-complaint/', 'contacts/'],
    says: ["Barnardo's", '020 8800 0017', 'freephone', 'advocacy2@barnardos.org.uk'],
    links: [barnardosPhone, barnardosEmail],
  },
  {
    topic: 'What an advocate can help with',
    pages: ['get-an-advocate/', 'help-making-a-complaint/'],
    says: ['understand your rights', 'make a complaint', 'understand the reply', 'deal with any problems that come up'],
  },
  {
    topic: 'Contacting the Complaints Officer: every way',
    pages: ['how-to-complain/'],
    says: [
      'by email',
      'online, using a form',
      'paper form',
      'Onwards and Upwards',
      'by phone',
      'by post',
      'FScomplaints@barnet.gov.uk',
      '020 8359 7008',
      'Ask the Complaints Officer or your PA how to find it',
    ],
    links: [complaintsPhone, complaintsEmail],
  },
  {
    topic: 'The postal address, with its caution',
    pages: ['how-to-complain/', 'contacts/'],
    says: [
      'Family Services Complaints Officer',
      'North London Business Park',
      'Oakleigh Road South',
      'London',
      'N11 1NP',
      'Check this address with the complaints team before you post anything',
    ],
  },
  {
    topic: 'The complaints team phone and email on the contacts page',
    pages: ['contacts/'],
    says: ['020 8359 7008', 'FScomplaints@barnet.gov.uk'],
    links: [complaintsPhone, complaintsEmail],
  },
  {
    topic: 'The law and the Department for Education guide',
    pages: ['how-to-complain/', 'about/'],
    says: [
      'The Children Act 1989 Representations Procedure (England) Regulations 2006',
      'Department for Education',
      'Getting the Best from Complaints',
    ],
  },
  {
    topic: 'Stage 1: Local Resolution',
    pages: ['stage-1/'],
    says: [
      'Local Resolution',
      'who will manage it',
      'within 2 working days',
      'The manager replies to you within 10 working days',
      'needs more time',
      'we will tell you',
      'within 20 working days',
    ],
  },
  {
    topic: 'Stage 2: Investigation',
    pages: ['stage-2/'],
    says: [
      'Write to the Family Services Complaints Officer',
      'why you feel the Stage 1 reply did not answer your complaint',
      'ask for an independent investigation',
      'Investigating Officer',
      'Independent Person',
      'done fairly',
      'writes a report',
      'within 25 working days',
      '65 working days',
      'complications',
    ],
  },
  {
    topic: 'Stage 3: Review',
    pages: ['stage-3/'],
    says: [
      'Review Panel',
      'unhappy with how Stage 2 was done',
      'It does not look into your complaint again',
      'decides if the investigation was fair',
      'if the results were fair',
    ],
  },
  {
    topic: 'Ombudsman',
    pages: ['ombudsman/'],
    says: [
      'Local Government and Social Care Ombudsman',
      'Local Government Ombudsman',
      'after Stage 3',
      'complaints about councils and other organisations',
      'It is free',
      'fair and independent way',
      'It does not take sides',
    ],
  },
  {
    topic: 'Help making a complaint: every organisation',
    pages: ['help-making-a-complaint/'],
    says: [
      'Family Rights Group',
      'Citizens Advice',
      'local councillor',
      'Children, Education, Libraries & Safeguarding Committee',
      'advocate from Barnardo',
    ],
  },
  {
    topic: 'Positive feedback (email address blank in the source)',
    pages: ['say-thank-you/'],
    says: ['tell your worker directly', 'send us an email', 'Ask your worker which address to use', 'keep doing them'],
  },
  {
    topic: 'Every organisation on the contacts page',
    pages: ['contacts/'],
    says: [
      'Family Services Complaints Officer',
      'Onwards and Upwards Centre',
      "Barnardo's",
      'Action for Children',
      'Young Lives Foundation',
      'Coram Voice',
      'Family Rights Group',
      'Citizens Advice',
      'Your local councillor',
      'Children, Education, Libraries & Safeguarding Committee',
      'Local Government and Social Care Ombudsman',
      'Children in Care website',
    ],
  },
  // Statutory facts the guide adds, with their source named on the page.
  {
    topic: 'Statutory: time limits for each stage',
    pages: ['stage-2/', 'stage-3/'],
    says: ['normally within 20 working days'],
  },
  {
    topic: 'Statutory: Review Panel',
    pages: ['stage-3/'],
    says: [
      '3 independent people',
      'within 30 working days',
      'within 5 working days',
      'within 15 working days',
      'bring your advocate',
      '1 other person',
    ],
  },
  {
    topic: 'Statutory: time to complain and to go to the Ombudsman',
    pages: ['how-to-complain/'],
    says: ['within 1 year'],
  },
  {
    topic: 'Statutory: the Ombudsman',
    pages: ['ombudsman/'],
    says: ['normally within 12 months', 'finish all 3 stages first', '0300 061 0614', 'www.lgo.org.uk'],
    links: ['a[href="tel:+443000610614"]', 'a[href="https://www.lgo.org.uk"]'],
  },
  {
    topic: 'Words explained: every term the issue names',
    pages: ['words-explained/'],
    says: [
      'PA (personal adviser)',
      'Advocate',
      'Care leaver',
      'Looked after',
      'Corporate parenting',
      'Children in Care Council',
      'Complaint',
      'Representation',
      'Investigating Officer',
      'Independent Person',
      'Review Panel',
      'Ombudsman',
      'Working day',
      'Christmas Day, Boxing Day, Good Friday or a bank holiday',
    ],
  },
];

/** A fact as a pattern: any case (list items start with a capital), straight or curly apostrophes, any spacing. */
function pattern(text: string | RegExp): RegExp {
  if (text instanceof RegExp) return text;
  const escaped = text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, '\\s+');
  return new RegExp(escaped, 'i');
}

for (const fact of facts) {
  for (const path of fact.pages) {
    test(`fact on /${path}: ${fact.topic}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status(), `/${path} should exist`).toBe(200);
      const main = page.locator('main');
      for (const text of fact.says)
        await expect(main, `/${path} should say "${text}"`).toContainText(pattern(text), { useInnerText: true });
      for (const selector of fact.links ?? [])
        await expect(main.locator(selector).first(), `/${path} should link ${selector}`).toBeVisible();
    });
  }
}

const hedge = /(council|barnet)(’|')?s (own )?(web)?pages? (says?|gives?|calls?)\b/i;

const stageSteps = readdirSync(join(rootSite.distDir, 'which-stage'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `which-stage/${d.name}/`);
const leaflets = readdirSync(join(rootSite.distDir, 'leaflets'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `leaflets/${d.name}/`);
const pages = [...new Set([...sitemapPaths(), ...stageSteps, ...leaflets])];

test('the check finds a hedge where there is one', () => {
  expect("The council's page says this number is freephone.").toMatch(hedge);
  expect("Barnet's page gives 25 days.").toMatch(hedge);
  expect('The council’s pages call it the Local Government Ombudsman.').toMatch(hedge);
  expect('This number is freephone.').not.toMatch(hedge);
});

test.describe('no "the council\'s page says" in a page body', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`/${path}`, async ({ page }) => {
      await page.goto(path);
      const body = await page.locator('body').evaluate((root) => {
        const copy = root.cloneNode(true) as HTMLElement;
        // Not the body: the sources section, the stage tool's sources, and the contacts' known gaps.
        for (const el of copy.querySelectorAll('.yv-page-meta, .yv-sf-sources, .yv-contact__gap, script, style'))
          el.remove();
        return copy.textContent ?? '';
      });
      const sentences = body.split(/(?<=[.!?])\s+/).filter((s) => hedge.test(s));
      expect(sentences, 'say the fact; name the source in "Where this information comes from"').toEqual([]);
    });
  }
});
