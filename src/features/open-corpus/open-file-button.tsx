import { useRef } from 'react';

/**
 * A button that opens the system file picker for a corpus JSON file. The
 * input itself is hidden: the button is what keyboard and screen reader
 * users reach.
 */
export function OpenFileButton({
  onFile,
  label = 'Open corpus file…',
  className,
}: {
  onFile: (file: File) => void;
  label?: string;
  className?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.ndjson,.jsonl,.parquet,application/json,application/x-ndjson"
        hidden
        data-testid="corpus-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that picking the same file again opens it again.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
