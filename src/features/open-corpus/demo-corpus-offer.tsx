import { plural } from '../../domain/format/format-count.ts';
import { DEMO_CORPUS, demoCorpusName } from '../../domain/synthetic/demo-corpus.ts';
import './open-corpus.css';

/**
 * On the bundled corpus, a first visit sees one release: one bar, one
 * event. This offers the synthetic demo corpus in one click, as a real link
 * (it opens in a new tab too), and says before anyone clicks that it is invented.
 */
export function DemoCorpusOffer({ documents, href, onOpen }: { documents: number; href: string; onOpen: () => void }) {
  return (
    <aside className="demo-offer" aria-label="Synthetic demo corpus">
      <p>
        The bundled corpus is real and small: {plural(documents, 'press release')}.{' '}
        <a
          className="demo-offer__link"
          href={href}
          onClick={(event) => {
            event.preventDefault();
            onOpen();
          }}
        >
          Explore a synthetic demo corpus
        </a>{' '}
        to see what the views do with many: a {demoCorpusName(DEMO_CORPUS)}, built in your browser. Every event and
        statement in it is invented, and it is labelled synthetic on the page, in the address and in every export.
      </p>
    </aside>
  );
}
