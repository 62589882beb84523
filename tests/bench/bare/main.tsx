// The start-up floor: the smallest Vite + React page that renders a heading.
// It also offers the summary's Word floor: the same text as bare paragraphs,
// packed by the docx package and saved as a download (loaded only when asked).
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    bareDocx?: (lines: string[]) => Promise<void>;
  }
}

window.bareDocx = async (lines: string[]) => {
  const { Document, Packer, Paragraph } = await import('docx');
  const blob = await Packer.toBlob(
    new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] }),
  );
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'bare.docx';
  a.click();
};

createRoot(document.getElementById('root')!).render(<h1>Kommuner</h1>);
