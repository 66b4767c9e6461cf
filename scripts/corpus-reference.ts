// Kept for older notes that name it: npm run corpus:reference runs scripts/corpus/make-references.ts (each deck's own tool).
import './corpus/make-references.js';
