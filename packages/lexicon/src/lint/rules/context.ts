import { Literals } from './literals.js';
import { type Quotation, quotations } from './quotations.js';

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';
/** Horizontal spaces that may stand before punctuation (never a line break). */
export const spaces = '[ \\u00A0\\u202F\\u2009\\u2007\\u2002\\u2003\\u2004\\u2005\\u2006\\u2008\\u200A]';

export type Emit = (
  start: number,
  end: number,
  suggestion: string | undefined,
  message: string,
  fixable?: boolean,
) => void;

/** What the typography rules read, with what is costly to find computed once and only when asked. */
export class TypographyContext {
  private quotationList?: Quotation[];

  constructor(
    readonly text: string,
    /** The prose just before the text, when markup separates them (see `Segment.before`). */
    readonly before?: string,
    private literalRanges?: Literals,
  ) {}

  /** Whether [start, end) touches an address, a handle, code or an identifier. */
  inLiteral(start: number, end = start + 1): boolean {
    this.literalRanges ??= new Literals(this.text);
    return this.literalRanges.overlaps(start, end);
  }

  get quotations(): readonly Quotation[] {
    this.quotationList ??= quotations(this.text);
    return this.quotationList;
  }
}

export type RuleCheck = (context: TypographyContext, emit: Emit) => void;
