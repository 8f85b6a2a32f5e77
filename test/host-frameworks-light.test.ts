// Framework stylesheets against a clean page, light (test/host-frameworks.ts says how).
import { describeFrameworks } from './host-frameworks.js';

describeFrameworks('light');
