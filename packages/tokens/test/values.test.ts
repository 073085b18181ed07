import { describe, expect, test } from 'vitest';
import { checkValue } from '../src/schema/values.js';

const black = { colorSpace: 'srgb', components: [0, 0, 0] };
const px = (value: number) => ({ value, unit: 'px' });

describe('value messages name the part that is wrong, without schema jargon', () => {
  test('a string where a composite sub-value goes is neither that value nor a reference', () => {
    expect(checkValue('border', { color: 'red', width: px(1), style: 'solid' })).toBe(
      'color: expected a value of this field, or a reference "{group.token}"',
    );
  });

  test('a union tells the branch that got furthest: the bad dash, not "not a keyword"', () => {
    expect(checkValue('strokeStyle', { dashArray: [5, 3], lineCap: 'round' })).toBe(
      'dashArray.0: Invalid input: expected object, received number; dashArray.1: Invalid input: expected object, received number',
    );
    expect(checkValue('fontFamily', ['Arial', 123])).toBe(
      '1: Invalid input: expected string, received number',
    );
  });

  test('a keyword of the wrong case lists the keywords', () => {
    expect(checkValue('fontWeight', 'BOLD')).toMatch(/^Invalid option: expected one of "thin"\|/);
  });

  test('every fault of one value, in one message', () => {
    expect(checkValue('shadow', { color: black, offsetX: px(0), offsetY: px(0) })).toBe(
      'blur: missing; spread: missing',
    );
  });
});
