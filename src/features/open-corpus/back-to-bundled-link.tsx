/** How to return to the corpus bundled with the app: a real link, handled in place. */
export type BundledCorpusLink = { href: string; open: () => void };

/** "Back to the bundled corpus": a link that still works when opened in a new tab. */
export function BackToBundledLink({ bundled }: { bundled: BundledCorpusLink }) {
  return (
    <a
      href={bundled.href}
      onClick={(event) => {
        event.preventDefault();
        bundled.open();
      }}
    >
      Back to the bundled corpus
    </a>
  );
}
