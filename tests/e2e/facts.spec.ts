// Every fact from the council's pages (FACTS.md, "From the council's pages") reaches the built site, on the page
// where a young person would look for it; and phone numbers and emails only ever come from the contact data.
import { test, expect } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';

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

test('every linked term exists on Words explained, and is linked once a page', async ({ page }) => {
  await page.goto('words-explained/');
  const ids = await page.locator('dl[data-glossary] dt[id]').evaluateAll((dts) => dts.map((dt) => dt.id));
  expect(ids.length).toBeGreaterThan(20);
  const linked = new Set<string>();
  const repeated: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const hrefs = await page
      .locator('main a[data-term]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    hrefs.forEach((id) => linked.add(id));
    // Only a term's first use on a page is linked: more links to the same word are noise for a screen reader.
    const twice = hrefs.filter((id, i) => hrefs.indexOf(id) !== i);
    if (twice.length) repeated.push(`/${path}: ${[...new Set(twice)].join(', ')}`);
  }
  expect(repeated, 'terms linked more than once on a page').toEqual([]);
  expect(linked.size).toBeGreaterThan(10);
  expect(
    [...linked].filter((id) => !ids.includes(id)),
    'terms linked but not defined',
  ).toEqual([]);
});

test('phone numbers and emails appear only inside contact blocks rendered from the data', async ({ page }) => {
  const paths = [...sitemapPaths(), 'this-page-does-not-exist/'];
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const phone = /(?:\+44\s?\d|\b0\d{2,4})[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
      const email = /[\w.+-]+@[\w-]+\.[\w.-]+/;
      const out: string[] = [];
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="mailto:"]')) {
        // "mailto:" alone (the letter helper's email link for a letter with no fixed address) holds no contact detail.
        if (a.getAttribute('href') === 'mailto:') continue;
        if (!a.closest('[data-contact]')) out.push(`link ${a.getAttribute('href')} outside a contact block`);
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, template')) continue;
        const match = phone.exec(node.data) ?? email.exec(node.data);
        if (match && !parent.closest('[data-contact]'))
          out.push(`"${match[0]}" in <${parent.tagName.toLowerCase()}> outside a contact block`);
      }
      for (const meta of document.querySelectorAll('meta[content], title')) {
        const text = meta.getAttribute('content') ?? meta.textContent ?? '';
        if (phone.test(text) || email.test(text)) out.push(`contact detail in <head>: ${text}`);
      }
      return out;
    });
    problems.push(...found.map((p) => `/${path}: ${p}`));
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('contact blocks render every contact detail from the data with working links', async ({ page }) => {
  await page.goto('contacts/');
  const cards = page.locator('main [data-contact]');
  expect(await cards.count()).toBeGreaterThanOrEqual(13);
  // Phone links use the international form and show the UK format with spaces.
  for (const link of await page.locator('main a[href^="tel:"]').all()) {
    expect(await link.getAttribute('href')).toMatch(/^tel:\+44\d{9,10}$/);
    await expect(link).toHaveText(/^0\d{2,4} \d{3,4} \d{4}$/);
  }
  // Freephone is said only where the sources say so: Barnardo's (as the council's page says), Coram Voice and Help at Hand.
  const freephone = await page
    .locator('main [data-contact]')
    .filter({ hasText: /freephone/i })
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-contact')));
  expect(freephone.sort()).toEqual(['barnardos-advocacy', 'coram-voice', 'help-at-hand']);
  // Gaps are said as what to do, never filled.
  await expect(page.locator('[data-contact="positive-feedback"]')).toContainText(
    'Ask your worker which address to use',
  );
  await expect(page.locator('[data-contact="onwards-and-upwards"]')).toContainText(
    "Ask your PA or social worker for the centre's address",
  );
  await expect(page.locator('[data-contact="positive-feedback"] a[href^="mailto:"]')).toHaveCount(0);
});

test('complaint pages show the step by step navigation with the current stage marked', async ({ page }) => {
  const stagesInOrder = ['stage-1/', 'stage-2/', 'stage-3/', 'ombudsman/'];
  for (const [index, path] of stagesInOrder.entries()) {
    await page.goto(path);
    const steps = page.getByRole('navigation', { name: 'Where this step fits' });
    await expect(steps.getByRole('listitem')).toHaveCount(4);
    const current = steps.locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    expect(await current.getAttribute('href')).toMatch(new RegExp(`/${path}$`));
    await expect(page.locator('main')).toContainText(`step ${index + 1} of 4`);
  }
});
