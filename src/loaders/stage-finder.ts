// The stage tool's tree for the pages, from the stageFinder and contacts collections, built once per build.
import { getCollection, getEntry } from 'astro:content';
import { buildTree, type StageTree } from '../lib/stage-finder/tree.ts';

const words = await getEntry('stageFinder', 'words');
if (!words) throw new Error('src/data/stage-finder.yaml did not load');

export const stageTree: StageTree = buildTree(
  words.data,
  (await getCollection('contacts')).map((contact) => contact.id),
);
