/**
 * The data behind every progress chart as a static CSV file, /bieu-do/<chart id>.csv, linked from
 * the chart itself. UTF-8 with a byte-order mark so Excel reads Vietnamese; the chart specs in
 * `src/progress/chart-spec.ts` decide which files exist, the same specs the charts draw.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../site/records.ts';
import { allChartFiles } from '../../progress/chart-spec.ts';
import { progressIndex } from '../../progress/progress-index.ts';

export const getStaticPaths = (async () => {
  const { content } = await getArchive();
  return allChartFiles(progressIndex(content)).map((file) => ({
    params: { id: file.id },
    props: { csv: file.csv },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new TextEncoder().encode((props as { csv: string }).csv), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
