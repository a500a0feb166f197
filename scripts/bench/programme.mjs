// The bench's big programme: 2,000 items in 5 rooms over 3 days, in the v1
// format of assets/programme.json (DESIGN §1), with RFC 3339 start and end
// times in Europe/Paris. Deterministic: the same seed gives the same bytes.
//
// Days run from 08:00 to about 22:30 with 5- and 10-minute slots (400 items a
// room: a lightning-talk marathon, the only way to fit 2,000 items in 3 days
// and 5 rooms). On day 2 every room has an hour-long panel from 14:00 to
// 15:00: `STILL_WINDOW` is inside it, a stretch of agenda time in which no
// item starts or ends, where the bench measures the cost of a plain tick.

export const ROOMS = ['Room A', 'Room B', 'Room C', 'Room D', 'Room E'];
export const DAYS = ['2024-06-11', '2024-06-12', '2024-06-13'];
/** Paris is on summer time (UTC+2) on all three days. */
export const OFFSET = '+02:00';
export const ITEMS_PER_ROOM = 400;
/** Agenda minutes without any start or end in any room (inside the panels). */
export const STILL_WINDOW = { from: `${DAYS[1]}T14:04:00${OFFSET}`, minutes: 50 };
/** When the render measurements set the agenda's clock: also inside the panels. */
export const RENDER_NOW = `${DAYS[1]}T14:04:00${OFFSET}`;
/** The start of the 8 simulated hours of the memory measurement. */
export const MEMORY_NOW = `${DAYS[0]}T09:00:00${OFFSET}`;

const PANEL = { day: 1, start: 14 * 60, end: 15 * 60 };

/** mulberry32: a small, fast, seedable PRNG (floats in [0, 1)). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Olivier', 'Maxime', 'Enzo', 'Hicham', 'Claire', 'Amélie', 'Jean-Baptiste', 'Sofia', 'Yuki',
  'Fatima', 'Lars', 'Priya', 'Mateo', 'Ingrid', 'Kwame', 'Léa', 'Nikolai', 'Chen', 'Aurélien',
  'Zoé', 'Tomasz', 'Marguerite', 'Rafael', 'Anaïs', 'Dmitri', 'Hannah', 'Youssef', 'Camille',
];
const LAST = [
  'Fercoq', 'Leiber', 'Tartaglione', 'Janati', 'Dubois', 'Nakamura', 'Okonkwo', 'Lindqvist',
  'Moreau', 'Rossi', 'Fernández', 'Kowalski', 'Ivanova', 'Haddad', 'Schmidt', 'Gautier',
  'Bergström', 'Mbappé-Lefèvre', 'Chatterjee', 'Nguyen', 'Lambert', 'Petit', 'Van der Berg',
  'Rousseau', 'Yamamoto', 'Benali', 'Castellanos', "O'Sullivan",
];
const ADJ = [
  'Stochastic', 'Differentiable', 'Frugal', 'Robust', 'Adaptive', 'Sparse', 'Distributed',
  'Convex', 'Federated', 'Bayesian', 'Scalable', 'Interpretable', 'Asynchronous', 'Low-rank',
  'Second-order', 'Private', 'Variational', 'Online', 'Quantised', 'Certified',
];
const NOUN = [
  'gradient descent', 'optimal transport', 'window lengths', 'lottery tickets', 'proximal methods',
  'mirror descent', 'spectrograms', 'neural networks', 'kernel methods', 'coordinate descent',
  'matrix factorisation', 'graph signals', 'time series', 'bilevel problems', 'transformers',
  'saddle points', 'Wasserstein barycentres', 'diffusion models', 'random features', 'splines',
];
const PURPOSE = [
  'large-scale training', 'signal processing', 'energy-aware inference', 'medical imaging',
  'speech enhancement', 'climate data', 'recommendation systems', 'robotics', 'finance',
  'genomics', 'audio source separation', 'edge devices', 'scientific computing', 'remote sensing',
];
const SENTENCE = [
  'We revisit {noun} from the point of view of {purpose}, where classical assumptions rarely hold.',
  'In this talk, I will present a {adj} variant of {noun} with provable convergence guarantees.',
  'The main difficulty is that the estimate of the first moment is biased and the step size is random.',
  'We show that {noun} can be made {adj2} without any loss in accuracy on standard benchmarks.',
  'Experiments on {purpose} show a speed-up of one order of magnitude over the state of the art.',
  'Joint work with colleagues from three universities and an industrial partner working on {purpose}.',
  'The approach is very general and should apply to any pipeline built on {noun}.',
  'We then discuss open questions, in particular the behaviour of {noun} in the non-convex regime.',
  'Our analysis relies on a Lyapunov function that telescopes almost surely along the iterates.',
  'Finally, I will describe an open-source implementation and lessons learnt from deploying it.',
  'This contribution is mainly theoretical, but a large-scale application is under way.',
  'We compare with {noun} and explain when each method should be preferred in practice.',
];

/**
 * The programme, as the object to serialise. `seed` fixes every choice.
 */
export function generateProgramme(seed = 20221124) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const fill = (template) =>
    template
      .replace('{noun}', pick(NOUN))
      .replace('{purpose}', pick(PURPOSE))
      .replace('{adj}', pick(ADJ).toLowerCase())
      .replace('{adj2}', pick(ADJ).toLowerCase());
  const title = () => {
    const forms = [
      () => `${pick(ADJ)} ${pick(NOUN)} for ${pick(PURPOSE)}`,
      () => `On the convergence of ${pick(ADJ).toLowerCase()} ${pick(NOUN)}`,
      () => `${pick(ADJ)} ${pick(NOUN)} with respect to ${pick(NOUN)}: a case study in ${pick(PURPOSE)}`,
      () => `When ${pick(NOUN)} meet ${pick(NOUN)}: ${pick(ADJ).toLowerCase()} methods for ${pick(PURPOSE)}`,
    ];
    return pick(forms)();
  };
  const speakers = () => {
    const n = rand() < 0.7 ? 1 : rand() < 0.7 ? 2 : 3;
    return Array.from({ length: n }, () => `${pick(FIRST)} ${pick(LAST)}`);
  };
  const abstract = () => {
    const paragraphs = rand() < 0.5 ? 1 : 2;
    // Distinct sentences: a partial Fisher-Yates shuffle of the templates.
    const order = SENTENCE.map((_, i) => i);
    let next = 0;
    const sentence = () => {
      const j = next + Math.floor(rand() * (order.length - next));
      [order[next], order[j]] = [order[j], order[next]];
      return fill(SENTENCE[order[next++]]);
    };
    return Array.from({ length: paragraphs }, () =>
      Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' '),
    ).join('\n\n');
  };
  const at = (day, minutes) => {
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return `${DAYS[day]}T${hh}:${mm}:00${OFFSET}`;
  };

  const sessions = [];
  for (const [r, room] of ROOMS.entries()) {
    const letter = room.slice(-1).toLowerCase();
    // 134 + 133 + 133 = 400 items a room.
    const perDay = [134, 133, 133];
    for (const [day, count] of perDay.entries()) {
      let cursor = 8 * 60;
      for (let n = 0; n < count; n++) {
        const id = `d${day + 1}-${letter}-${String(n + 1).padStart(3, '0')}`;
        const isPanel = day === PANEL.day && cursor === PANEL.start;
        let length;
        let session;
        if (isPanel) {
          length = PANEL.end - PANEL.start;
          session = {
            id,
            kind: 'discussion',
            speakers: speakers(),
            title: { fr: `Table ronde ${room}`, en: `Panel discussion, ${room}: ${title()}` },
          };
        } else if (n > 0 && n % 12 === 0) {
          length = 10;
          session = { id, kind: 'break', title: { fr: 'Pause', en: 'Break' } };
        } else {
          length = rand() < 0.85 ? 5 : 10;
          session = { id, kind: 'talk', speakers: speakers(), title: { en: title() } };
          if (rand() < 0.8) session.abstract = { en: abstract() };
          if (rand() < 0.15) session.title.fr = `${session.title.en} (version française)`;
        }
        // Nothing runs into the day-2 panels: the slot before them is cut short.
        if (day === PANEL.day && cursor < PANEL.start && cursor + length > PANEL.start) {
          length = PANEL.start - cursor;
        }
        sessions.push({
          ...session,
          start: at(day, cursor),
          end: at(day, cursor + length),
          room,
          track: `Track ${(r % 3) + 1}`,
          _order: [day, cursor, r],
        });
        cursor += length;
      }
    }
  }
  // Sorted by start, then room: the order the format expects.
  sessions.sort((a, b) => {
    for (let i = 0; i < 3; i++) if (a._order[i] !== b._order[i]) return a._order[i] - b._order[i];
    return 0;
  });
  for (const s of sessions) delete s._order;
  return {
    version: 1,
    event: {
      title: { fr: 'Grand congrès (banc d’essai)', en: 'Big conference (benchmark)' },
      timezone: 'Europe/Paris',
      info: {
        fr: 'Programme généré par make bench : 2 000 interventions, 5 salles, 3 jours.',
        en: 'Programme generated by make bench: 2,000 items, 5 rooms, 3 days.',
      },
    },
    sessions,
  };
}

/** Checks what the bench relies on; throws with the first broken rule. */
export function checkProgramme(p) {
  const s = p.sessions;
  const fail = (why) => {
    throw new Error(`generated programme: ${why}`);
  };
  if (s.length !== ROOMS.length * ITEMS_PER_ROOM) fail(`${s.length} items, not 2000`);
  if (new Set(s.map((x) => x.id)).size !== s.length) fail('duplicate ids');
  const ms = (t) => Date.parse(t);
  for (let i = 1; i < s.length; i++) {
    if (ms(s[i].start) < ms(s[i - 1].start)) fail(`not sorted at ${s[i].id}`);
  }
  const still = [ms(STILL_WINDOW.from), ms(STILL_WINDOW.from) + STILL_WINDOW.minutes * 60_000];
  for (const room of ROOMS) {
    const inRoom = s.filter((x) => x.room === room);
    if (inRoom.length !== ITEMS_PER_ROOM) fail(`${room}: ${inRoom.length} items`);
    for (let i = 1; i < inRoom.length; i++) {
      if (ms(inRoom[i].start) < ms(inRoom[i - 1].end)) fail(`overlap at ${inRoom[i].id}`);
    }
  }
  for (const x of s) {
    if (!(ms(x.end) > ms(x.start))) fail(`${x.id} ends before it starts`);
    if (x.end.slice(0, 10) !== x.start.slice(0, 10) || x.end.slice(11, 13) > '23') fail(`${x.id} runs past midnight`);
    for (const t of [ms(x.start), ms(x.end)]) {
      if (t > still[0] && t < still[1]) fail(`${x.id} starts or ends inside the still window`);
    }
  }
  const days = new Set(s.map((x) => x.start.slice(0, 10)));
  if (days.size !== 3) fail(`${days.size} days`);
}
