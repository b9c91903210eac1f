// The pictures of the Easy Read pages, listed once: each file in src/assets/easy-read/, what it shows, what it is
// used for, and the picture in the package it is made from. `npm run easy-read:pictures` makes the files from the
// package (optimised with SVGO); a unit test checks every file matches, and that every picture here is used.
//
// The set: Phosphor Icons, "duotone" weight (@phosphor-icons/core), MIT licence. Chosen over Mulberry Symbols and
// ARASAAC (neither is on the npm registry; ARASAAC's licence is non-commercial and share-alike), OpenMoji (CC BY-SA:
// thin black outlines that vanish in the dark colour scheme, small on their 72-unit grid at 64 px) and Tabler or
// Lucide (thin line icons, fewer pictures of people): Phosphor's duotone pictures have a bold outline and a filled
// shape, so they stay clear at 64 px and on paper; they are one colour, so one CSS rule turns them light in the dark
// colour scheme; they are plain, adult drawings (no cartoon children); and the set is large (1,500 pictures in one
// style) and maintained, so a new idea can get a picture in the same style.

export const pictureSet = {
  name: 'Phosphor Icons',
  package: '@phosphor-icons/core',
  weight: 'duotone',
  licence: 'MIT',
  licenceUrl: 'https://github.com/phosphor-icons/core/blob/main/LICENSE',
  // The licence's "Copyright (c)" with the sign instead: search would match the letter "c" to any word starting with c.
  copyright: 'Copyright © 2023 Phosphor Icons',
  homepage: 'https://phosphoricons.com',
} as const;

export type Picture = {
  /** The file in src/assets/easy-read/, named by what it shows. */
  file: string;
  /** What the picture shows, in plain words. */
  shows: string;
  /** The idea it stands for on the pages: the same idea always gets the same picture. */
  usedFor: string;
  /** The picture's name in the package (assets/duotone/<source>-duotone.svg). */
  source: string;
};

export const pictures = {
  phone: { file: 'phone.svg', shows: 'A phone', usedFor: 'calling someone', source: 'phone' },
  envelope: { file: 'envelope.svg', shows: 'An envelope', usedFor: 'sending an email', source: 'envelope-simple' },
  postbox: { file: 'postbox.svg', shows: 'A postbox', usedFor: 'sending a letter by post', source: 'mailbox' },
  globe: { file: 'globe.svg', shows: 'A globe', usedFor: 'a website', source: 'globe' },
  'sheet-of-paper': {
    file: 'sheet-of-paper.svg',
    shows: 'A sheet of paper with lines of writing',
    usedFor: 'a paper form, or something in writing',
    source: 'file-text',
  },
  pencil: {
    file: 'pencil.svg',
    shows: 'A pencil drawing a line',
    usedFor: 'writing something',
    source: 'pencil-simple-line',
  },
  'speech-bubbles': {
    file: 'speech-bubbles.svg',
    shows: 'Two speech bubbles',
    usedFor: 'talking to someone, or telling them something',
    source: 'chats-circle',
  },
  'three-people': {
    file: 'three-people.svg',
    shows: 'Three people',
    usedFor: 'a group of people, or who something is for',
    source: 'users-three',
  },
  'four-people': {
    file: 'four-people.svg',
    shows: 'Four people side by side',
    usedFor: 'a meeting',
    source: 'users-four',
  },
  person: { file: 'person.svg', shows: 'A person', usedFor: 'your social worker or PA', source: 'user' },
  'hand-holding-heart': {
    file: 'hand-holding-heart.svg',
    shows: 'A hand holding a heart',
    usedFor: 'an advocate, or someone on your side',
    source: 'hand-heart',
  },
  megaphone: {
    file: 'megaphone.svg',
    shows: 'A megaphone',
    usedFor: 'having your say, or speaking up',
    source: 'megaphone',
  },
  calendar: { file: 'calendar.svg', shows: 'A calendar', usedFor: 'a day, or how often', source: 'calendar-dots' },
  clock: { file: 'clock.svg', shows: 'A clock', usedFor: 'how long something takes', source: 'clock' },
  hourglass: {
    file: 'hourglass.svg',
    shows: 'An hourglass',
    usedFor: 'more time, or waiting',
    source: 'hourglass-medium',
  },
  'weighing-scales': {
    file: 'weighing-scales.svg',
    shows: 'Weighing scales',
    usedFor: 'checking something is fair',
    source: 'scales',
  },
  'magnifying-glass': {
    file: 'magnifying-glass.svg',
    shows: 'A magnifying glass',
    usedFor: 'looking into something',
    source: 'magnifying-glass',
  },
  'sad-face': { file: 'sad-face.svg', shows: 'A sad face', usedFor: 'not being happy', source: 'smiley-sad' },
  'thumbs-up': { file: 'thumbs-up.svg', shows: 'A thumbs up', usedFor: 'something good', source: 'thumbs-up' },
  siren: { file: 'siren.svg', shows: 'A siren light', usedFor: 'danger, or help now', source: 'siren' },
  'question-mark': {
    file: 'question-mark.svg',
    shows: 'A question mark',
    usedFor: 'what a word means, or not being sure',
    source: 'question',
  },
  'light-bulb': { file: 'light-bulb.svg', shows: 'A light bulb', usedFor: 'an idea', source: 'lightbulb' },
  buildings: { file: 'buildings.svg', shows: 'Two buildings', usedFor: 'a place, or the council', source: 'buildings' },
  clipboard: {
    file: 'clipboard.svg',
    shows: 'A clipboard with a list',
    usedFor: 'a survey, or a list of questions',
    source: 'clipboard-text',
  },
  'number-1': {
    file: 'number-1.svg',
    shows: 'The number 1 in a circle',
    usedFor: 'Stage 1',
    source: 'number-circle-one',
  },
  'number-2': {
    file: 'number-2.svg',
    shows: 'The number 2 in a circle',
    usedFor: 'Stage 2',
    source: 'number-circle-two',
  },
  'number-3': {
    file: 'number-3.svg',
    shows: 'The number 3 in a circle',
    usedFor: 'Stage 3',
    source: 'number-circle-three',
  },
  'building-with-columns': {
    file: 'building-with-columns.svg',
    shows: 'A building with columns',
    usedFor: 'the Ombudsman',
    source: 'bank',
  },
  'judge-hammer': {
    file: 'judge-hammer.svg',
    shows: "A judge's hammer",
    usedFor: 'what the law says',
    source: 'gavel',
  },
  'pound-sign': { file: 'pound-sign.svg', shows: 'A pound sign', usedFor: 'money', source: 'currency-gbp' },
  'cross-in-circle': {
    file: 'cross-in-circle.svg',
    shows: 'A cross in a circle',
    usedFor: 'being told no',
    source: 'x-circle',
  },
  'list-with-ticks': {
    file: 'list-with-ticks.svg',
    shows: 'A list with ticks',
    usedFor: 'a list, or things someone will do',
    source: 'list-checks',
  },
  'door-with-arrow': {
    file: 'door-with-arrow.svg',
    shows: 'A door with an arrow going out',
    usedFor: 'leaving this website quickly',
    source: 'sign-out',
  },
  'open-book': {
    file: 'open-book.svg',
    shows: 'An open book',
    usedFor: 'reading in Easy Read',
    source: 'book-open-text',
  },
  'page-of-text': {
    file: 'page-of-text.svg',
    shows: 'A page of text',
    usedFor: 'the standard version of a page',
    source: 'article',
  },
  briefcase: { file: 'briefcase.svg', shows: 'A briefcase', usedFor: 'training and work', source: 'briefcase' },
  'map-pin': { file: 'map-pin.svg', shows: 'A pin on a map', usedFor: 'where something is', source: 'map-pin' },
} as const satisfies Record<string, Picture>;

export type PictureId = keyof typeof pictures;

export const pictureIds = Object.keys(pictures) as PictureId[];
