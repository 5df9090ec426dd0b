/** What the page says of the pieces its list leaves out (src/loaders/embedPieceFiles.ts). */
export interface PieceManifest {
  total: number;
  span: [number, number];
  pieces: { file: string; from: number; to: number; count: number }[];
  ids: string;
  actors: string[];
  sources: string[];
}

/** A piece not yet loaded, as the canvas counts it. */
export interface PendingPiece {
  from: number;
  to: number;
  count: number;
}

/** Pieces loaded at once when the view moves: more than this in view are counted, not fetched. */
const MOST_IN_VIEW = 4;

type Receiver = (key: string, payload: unknown) => void;
const receivers = new Set<Receiver>();

/**
 * Fetches the pieces of a large archive's list as the reader needs them: those in view when few
 * enough are, all of them for a search or a filter, or the one holding an event a link names.
 * Each piece is a classic script (it loads in a sandboxed frame without CORS) that hands its
 * list items to `self.conflictTimelinePiece`.
 */
export class PieceLoader {
  readonly manifest: PieceManifest;
  #loaded = new Set<number>();
  #loading = new Map<string, Promise<unknown>>();
  #onPiece: (html: string) => void;
  #ids?: Promise<Map<string, number>>;

  constructor(manifest: PieceManifest, onPiece: (html: string) => void) {
    this.manifest = manifest;
    this.#onPiece = onPiece;
    (self as unknown as { conflictTimelinePiece: Receiver }).conflictTimelinePiece ??= (key, payload) => {
      for (const receive of receivers) receive(key, payload);
    };
  }

  /** The pieces not loaded yet. */
  pending(): PendingPiece[] {
    return this.manifest.pieces.filter((_, i) => !this.#loaded.has(i)).map(({ from, to, count }) => ({ from, to, count }));
  }

  /** Loads the pieces overlapping `[from, to)`, if few enough do that the reader sees them one by one. */
  loadRange(from: number, to: number): Promise<void> {
    const wanted = this.manifest.pieces.flatMap((p, i) => (p.to > from && p.from < to ? [i] : []));
    if (wanted.length > MOST_IN_VIEW) return Promise.resolve();
    return this.#loadAll(wanted);
  }

  /** Loads every piece, newest first, so a search or filter reaches all events. */
  loadEverything(): Promise<void> {
    return this.#loadAll(this.manifest.pieces.map((_, i) => i).reverse());
  }

  /** Loads the piece that holds an event; resolves false when no piece does. */
  async loadEvent(id: string): Promise<boolean> {
    this.#ids ??= this.#fetch('ids', this.manifest.ids).then((payload) => {
      const index = new Map<string, number>();
      for (const [piece, ids] of payload as [number, string][]) for (const one of ids.split('\n')) index.set(one, piece);
      return index;
    });
    const piece = (await this.#ids).get(id);
    if (piece === undefined) return false;
    await this.#loadAll([piece]);
    return true;
  }

  async #loadAll(indexes: number[]): Promise<void> {
    for (const i of indexes) {
      if (this.#loaded.has(i)) continue;
      const html = await this.#fetch(`p${i}`, this.manifest.pieces[i]!.file);
      if (this.#loaded.has(i)) continue;
      this.#loaded.add(i);
      this.#onPiece(html as string);
    }
  }

  #fetch(key: string, src: string): Promise<unknown> {
    let loading = this.#loading.get(key);
    if (!loading) {
      loading = new Promise((resolve, reject) => {
        const receive: Receiver = (got, payload) => {
          if (got !== key) return;
          receivers.delete(receive);
          resolve(payload);
        };
        receivers.add(receive);
        const script = document.createElement('script');
        script.src = src;
        script.onerror = () => {
          receivers.delete(receive);
          this.#loading.delete(key);
          reject(new Error(`timeline: could not load ${src}`));
        };
        document.head.append(script);
      });
      this.#loading.set(key, loading);
    }
    return loading;
  }
}
