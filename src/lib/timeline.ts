/**
 * Layout of the timeline chart, computed at build time: where each incident and each
 * peace-talks event sits, as plain numbers and path strings for an SVG. Pure; no DOM.
 * A date is drawn at its honest precision: a day as a point, a month or a year as a span
 * with the mark at its middle.
 */
import { scaleUtc } from 'd3-scale';
import { symbol, symbolsFill } from 'd3-shape';
import { dayAfter, firstDay, type PartialDate } from './partial-date';
import { formatDate, formatDateRange, formatWhen } from './dates';
import { fullPagePath } from './share';
import { CATEGORY_CODES, type Category, type Incident } from '../schemas/incident';
import type { TalksEvent } from '../schemas/talks-event';
import { DEFAULT_LOCALE, localePath, type Locale } from '../i18n/locales';

/** The categories' shapes, one per category, so the legend never relies on colour alone. */
const SHAPES = symbolsFill;
const MARK_AREA = 90;

/** The SVG path of a category's shape, centred on 0,0. */
export function categoryShape(category: Category, area = MARK_AREA): string {
  const index = CATEGORY_CODES.indexOf(category);
  return symbol(SHAPES[index % SHAPES.length], area)() ?? '';
}

/** The first and the day after the last day a partial date covers, as UTC instants. */
export function dateSpan(d: PartialDate): [Date, Date] {
  return [firstDay(d), dayAfter(d)];
}

export interface TimelineInput {
  incidents: { id: string; date: PartialDate; category: Category; name: string; href: string }[];
  events: { id: string; date: PartialDate; endDate?: PartialDate | undefined; title: string; href: string }[];
  /** The incident to mark with a rule and a label. */
  keyIncident?: string;
  /** The last day the chart covers (the "as of" date). */
  until: PartialDate;
}

export interface Mark {
  id: string;
  href: string;
  label: string;
  date: PartialDate;
  x: number;
  y: number;
  /** Start and end of the date's span, when it is wider than the mark (month or year precision, or a multi-day event). */
  span?: [number, number] | undefined;
}

export const WIDTH = 960;
const MARGIN = { left: 112, right: 16 };
const ROW = 14;
const GAP = 11;
const LANE_PAD = 14;

/** Puts marks in rows so that none overlaps the one before it in its row (lowest free row first). */
function stack<T extends { x: number }>(items: T[]): (T & { row: number })[] {
  const rowEnds: number[] = [];
  return [...items]
    .sort((a, b) => a.x - b.x)
    .map((item) => {
      let row = rowEnds.findIndex((end) => item.x - end >= GAP);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = item.x;
      return { ...item, row };
    });
}

export function layoutTimeline(input: TimelineInput) {
  const first = input.incidents
    .map((i) => dateSpan(i.date)[0])
    .reduce((a, b) => (a < b ? a : b), dateSpan(input.until)[0]);
  const start = new Date(Date.UTC(first.getUTCFullYear(), 0, 1));
  const end = dateSpan(input.until)[1];
  const x = scaleUtc()
    .domain([start, end])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const centre = (d: PartialDate) => {
    const [s, e] = dateSpan(d);
    return x(new Date((s.getTime() + e.getTime()) / 2));
  };
  const spanOf = (from: PartialDate, to: PartialDate): [number, number] | undefined => {
    const a = x(dateSpan(from)[0]);
    const b = x(dateSpan(to)[1]);
    return b - a > 4 ? [a, b] : undefined;
  };

  const incidentRows = stack(input.incidents.map((i) => ({ ...i, x: centre(i.date) })));
  const incidentRowCount = Math.max(1, ...incidentRows.map((m) => m.row + 1));
  const incidentTop = 34;
  const incidentBottom = incidentTop + LANE_PAD * 2 + incidentRowCount * ROW;
  const incidents = incidentRows.map((m) => ({
    id: m.id,
    href: m.href,
    label: m.name,
    date: m.date,
    category: m.category,
    x: m.x,
    y: incidentBottom - LANE_PAD - m.row * ROW - ROW / 2,
    span: spanOf(m.date, m.date),
  }));

  const inRange = input.events.filter((e) => dateSpan(e.endDate ?? e.date)[1] > start && dateSpan(e.date)[0] < end);
  const eventRows = stack(inRange.map((e) => ({ ...e, x: centre(e.date) })));
  const eventRowCount = Math.max(1, ...eventRows.map((m) => m.row + 1));
  const eventTop = incidentBottom + 8;
  const eventBottom = eventTop + LANE_PAD * 2 + eventRowCount * ROW;
  const events: Mark[] = eventRows.map((m) => ({
    id: m.id,
    href: m.href,
    label: m.title,
    date: m.date,
    x: m.x,
    y: eventTop + LANE_PAD + m.row * ROW + ROW / 2,
    span: spanOf(m.date, m.endDate ?? m.date),
  }));

  // A labelled rule at each new year, a light one at each quarter.
  const ticks: { x: number; label: string; major: boolean }[] = [];
  for (let y = start.getUTCFullYear(); y <= end.getUTCFullYear(); y++)
    for (const m of [0, 3, 6, 9]) {
      const d = new Date(Date.UTC(y, m, 1));
      if (d >= start && d <= end) ticks.push({ x: x(d), label: m === 0 ? String(y) : '', major: m === 0 });
    }
  const key = incidents.find((m) => m.id === input.keyIncident);
  const height = eventBottom + 26;
  return {
    width: WIDTH,
    height,
    plot: { left: MARGIN.left, right: WIDTH - MARGIN.right },
    lanes: {
      incidents: { top: incidentTop, bottom: incidentBottom },
      events: { top: eventTop, bottom: eventBottom },
    },
    axisY: eventBottom,
    ticks,
    incidents,
    events,
    key,
    /** Events outside the chart's years (earlier negotiation rounds), for the caption. */
    eventsOutside: input.events.length - inRange.length,
  };
}

export interface TimelineSource {
  /** The incidents and events as the edition writes them (names, titles). */
  incidents: readonly Incident[];
  events: readonly TalksEvent[];
  /** Where each incident's entry is, in the master's paths. */
  pathOf: (i: Incident) => string;
  keyIncident: string;
  until: PartialDate;
  /** The edition: its month names and its addresses. */
  locale?: Locale | undefined;
}

/**
 * Everything the chart, its key and its table show: the layout of the incidents and events,
 * with each mark's date in words (an incident's by formatWhen, so an approximate one keeps its
 * "about"), the categories in use and whether any date is approximate. An event links to its
 * place on the peace-talks page; every link stays in the edition.
 */
export function timelineView({
  incidents,
  events,
  pathOf,
  keyIncident,
  until,
  locale = DEFAULT_LOCALE,
}: TimelineSource) {
  const eventPath = (id: string) => localePath(locale, fullPagePath('peace-talks', id));
  const t = layoutTimeline({
    incidents: incidents.map((i) => ({
      id: i.id,
      date: i.date,
      category: i.category,
      name: i.person.name,
      href: localePath(locale, pathOf(i)),
    })),
    events: events.map((e) => ({
      id: e.id,
      date: e.date,
      endDate: e.endDate,
      title: e.title,
      href: eventPath(e.id),
    })),
    keyIncident,
    until,
  });
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const when = (id: string, short = false) => {
    const i = byId.get(id);
    return i ? formatWhen(i, { short, locale }) : '';
  };
  const inChart = new Set(t.events.map((e) => e.id));
  return {
    ...t,
    incidents: t.incidents.map((m) => ({
      ...m,
      when: when(m.id),
      whenShort: when(m.id, true),
      approximate: byId.get(m.id)?.approximateDate ?? false,
    })),
    events: t.events.map((m) => ({ ...m, when: formatDate(m.date, locale) })),
    key: t.key && { ...t.key, whenShort: when(t.key.id, true) },
    /** The events drawn in the chart, in the order given, with their dates as a range. */
    listedEvents: events
      .filter((e) => inChart.has(e.id))
      .map((e) => ({
        id: e.id,
        title: e.title,
        href: eventPath(e.id),
        when: formatDateRange(e.date, e.endDate, locale),
      })),
    /** The categories that have at least one incident, in the vocabulary's order. */
    categories: CATEGORY_CODES.filter((c) => incidents.some((i) => i.category === c)),
    anyApproximate: incidents.some((i) => i.approximateDate),
    /** The last year the chart covers. */
    untilYear: String(until.year),
  };
}

export type TimelineView = ReturnType<typeof timelineView>;
