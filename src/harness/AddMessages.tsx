import { useId, useState, type DragEvent } from 'react';

interface AddMessagesProps {
  onFiles: (files: File[]) => void;
}

/** A drop target and a file picker for .eml files. */
export function AddMessages({ onFiles }: AddMessagesProps) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={dragging ? 'harness-drop harness-drop-active' : 'harness-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId}>Add .eml files (or drop them here)</label>
      <input
        id={inputId}
        type="file"
        accept=".eml,message/rfc822"
        multiple
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
