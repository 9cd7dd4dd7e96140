import { useEffect, useId, useState, type RefObject } from 'react';
import { locateWords } from '../../domain/working-corpus/locate-words.ts';
import type { ReleaseRecords } from '../../domain/working-corpus/release-corrections.ts';
import { addStatement } from '../../domain/working-corpus/review-changes.ts';
import { markInWorker } from './extract-in-worker.ts';
import type { Ask } from './review-event.tsx';

/** [start, end) of the page's selection inside `container`, in characters of its text. */
function selectionIn(container: HTMLElement): [number, number] | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return [start, start + range.toString().length];
}

/**
 * A statement the extractor missed: the analyst selects its words in the
 * release (or types or pastes them, which a keyboard alone can do), and the
 * extractor, in its worker, reads the verb, speaker and themes around them.
 * It joins the review as a correction with its reason, like any fix.
 */
export function MarkMissedStatement({ records, textBox, ask }: { records: ReleaseRecords; textBox: RefObject<HTMLElement | null>; ask: Ask }) {
  const id = useId();
  const [words, setWords] = useState('');
  const [selection, setSelection] = useState<[number, number] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const { text } = records.document;

  useEffect(() => {
    const follow = () => {
      const box = textBox.current;
      const span = box ? selectionIn(box) : null;
      if (!span) return;
      setSelection(span);
      setWords(text.slice(span[0], span[1]));
      setProblem(null);
    };
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, [textBox, text]);

  const mark = async () => {
    const located = locateWords(text, words, selection);
    if ('problem' in located) {
      setProblem(located.problem);
      return;
    }
    setWorking(true);
    const response = await markInWorker({ records, selection: located.span });
    setWorking(false);
    if (response.type === 'failed') {
      setProblem(response.message);
      return;
    }
    const { statement, note } = response;
    const who = statement.speaker ? (statement.speaker.name ?? statement.speaker.mention) : 'no speaker';
    const excerpt = `${statement.text.slice(0, 60)}${statement.text.length > 60 ? '…' : ''}`;
    setWords('');
    setSelection(null);
    ask(`add the statement “${excerpt}” (${who}, “${statement.verb.text}”)${note ? `. ${note}` : ''}`, [addStatement(statement)]);
  };

  return (
    <section className="review-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>A statement the extractor missed</h3>
      <p className="release-form__hint" id={`${id}-hint`}>
        Select its words in the release text, or type or paste them here; the reporting verb and speaker are read from the sentence.
      </p>
      <div className="mark-statement">
        <label htmlFor={`${id}-words`}>Words of the statement</label>
        <textarea
          id={`${id}-words`}
          rows={2}
          value={words}
          aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            setWords(event.currentTarget.value);
            setProblem(null);
          }}
        />
        {problem ? (
          <p className="release-form__error" id={`${id}-problem`} role="alert">
            {problem}
          </p>
        ) : null}
        <button type="button" onClick={() => void mark()} disabled={working}>
          {working ? 'Reading the sentence…' : 'Add as a statement'}
        </button>
      </div>
    </section>
  );
}
