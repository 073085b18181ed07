import { addons } from 'storybook/manager-api';
import { brandTheme } from './theme.js';

addons.setConfig({ theme: brandTheme });
