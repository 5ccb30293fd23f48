/**
 * The PDF's fonts: Noto Sans regular and bold, which cover Welsh (ŵ, ŷ) and the rest of Latin
 * Extended. The only place that knows the font files. Vite copies them into the build as
 * assets of the app's own origin; they are fetched only when a PDF is made, so they never
 * weigh on the first load.
 */
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import type { PdfFonts } from './build-pdf';

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`);
  return response.arrayBuffer();
}

let loading: Promise<PdfFonts> | null = null;

/** Loads both fonts once per page visit; a failed load is retried on the next call. */
export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
