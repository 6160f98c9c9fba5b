import { searchDirectives, type Suggestion } from './api.js';
import { h } from './dom.js';
import { displayNumber, issuerName } from './types.js';

/**
 * The search box as an ARIA combobox: suggestions while typing (debounced), arrows to move, Enter
 * to open, Escape to close. A number that several directives carry lists them all, each with its
 * issuer and date, so the user picks the one meant. Each keystroke cancels the request of the
 * previous one (AbortController), so a slow answer to "chi" never holds up the one to "chi thi 17".
 * The input carries the last answer's latency (data-latency-ms) for the tests' logs.
 */

/** Suggestions listed; more are counted ("12 more: add words to narrow"). */
const SHOWN = 8;
/** Quiet time after a keystroke before asking: a word typed at speed asks once. */
const DEBOUNCE_MS = 180;

export interface SearchHandlers {
  onChoose(d: Suggestion): void;
  onError(err: unknown): void;
}

export class SearchBox {
  private items: Suggestion[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private inflight: AbortController | null = null;

  constructor(private readonly input: HTMLInputElement, private readonly list: HTMLUListElement, private readonly handlers: SearchHandlers) {
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (ev) => this.key(ev));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    // What was asked for the previous text is of no use any more.
    this.inflight?.abort();
    this.inflight = null;
    this.timer = setTimeout(() => void this.lookup(), DEBOUNCE_MS);
  }

  private async lookup(): Promise<void> {
    const q = this.input.value.trim();
    const seq = ++this.seq;
    this.inflight?.abort();
    this.inflight = null;
    if (q.length < 2) {
      this.close();
      return;
    }
    const controller = new AbortController();
    this.inflight = controller;
    const t0 = performance.now();
    try {
      const { total, items } = await searchDirectives(q, SHOWN, controller.signal);
      if (seq !== this.seq) return;
      this.input.dataset.latencyMs = String(Math.round(performance.now() - t0));
      this.show(q, items, total);
    } catch (err) {
      if (controller.signal.aborted) return;
      if (seq === this.seq) {
        this.close();
        this.handlers.onError(err);
      }
    } finally {
      if (this.inflight === controller) this.inflight = null;
    }
  }

  private show(q: string, items: Suggestion[], total: number): void {
    this.items = items;
    this.active = items.length > 0 ? 0 : -1;
    this.list.replaceChildren();
    if (items.length === 0) {
      this.list.append(h('li', { class: 'note', role: 'option', 'aria-disabled': 'true', id: 'sugg-none' }, `Nothing matches “${q}”. Try a number (308-TB/QU), words of a title, or an issuer.`));
    }
    const numbers = new Map<string, number>();
    for (const d of items) if (d.number) numbers.set(d.number, (numbers.get(d.number) ?? 0) + 1);
    items.forEach((d, i) => {
      const shared = d.number && (numbers.get(d.number) ?? 0) > 1;
      this.list.append(h('li', { role: 'option', id: `sugg-${i}`, 'aria-selected': i === this.active ? 'true' : 'false', 'data-key': d.key },
        h('span', { class: 'sugg-number' }, displayNumber(d)),
        d.status === 'REFERENCED' ? h('span', { class: 'badge' }, 'cited only') : null,
        shared ? h('span', { class: 'badge' }, 'same number') : null,
        h('span', { class: 'sugg-meta' }, [d.docType, issuerName(d), d.issuedOn].filter(Boolean).join(' · ')),
        d.title ? h('span', { class: 'sugg-meta' }, d.title.length > 110 ? `${d.title.slice(0, 109)}…` : d.title) : null,
      ));
    });
    if (total > items.length) this.list.append(h('li', { class: 'note', role: 'option', 'aria-disabled': 'true' }, `${total - items.length} more: add words to narrow`));
    this.list.querySelectorAll<HTMLLIElement>('li[data-key]').forEach((li, i) => {
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        this.choose(i);
      });
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.mark();
  }

  private mark(): void {
    this.list.querySelectorAll('li[data-key]').forEach((li, i) => li.setAttribute('aria-selected', i === this.active ? 'true' : 'false'));
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `sugg-${this.active}`);
      document.getElementById(`sugg-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private key(ev: KeyboardEvent): void {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (this.list.hidden) {
        void this.lookup();
        return;
      }
      const n = this.items.length;
      if (n === 0) return;
      this.active = (this.active + (ev.key === 'ArrowDown' ? 1 : -1) + n) % n;
      this.mark();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!this.list.hidden && this.active >= 0) this.choose(this.active);
      else void this.lookup();
    } else if (ev.key === 'Escape') {
      this.close();
    }
  }

  private choose(i: number): void {
    const d = this.items[i];
    if (!d) return;
    this.close();
    this.input.value = displayNumber(d);
    this.handlers.onChoose(d);
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
