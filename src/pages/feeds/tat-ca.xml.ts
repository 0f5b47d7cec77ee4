/** The site's Atom feed: every new meeting and conclusion. */
import type { APIRoute } from 'astro';
import { feedResponse } from './_feeds.ts';

export const GET: APIRoute = ({ site }) => feedResponse({ kind: 'site' }, '/', site);
