// Runs in every test file: temporary projects are removed when the file's tests are done.
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);
