import Big from 'big.js';
import { ExecutionRules } from '../../../../../lib/markets/spot/api/codecs/execution-rules';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Query Execution Rules" example (see market-examples.ts).
const EXAMPLE = MARKET_EXAMPLES.getExecutionRules;

describe('ExecutionRules', () => {
  it('default: decodes the official example', () => {
    expect(decodeRight(ExecutionRules, EXAMPLE)).toEqual({
      symbolRules: [
        {
          symbol: 'BAZUSD',
          rules: [
            {
              ruleType: 'PRICE_RANGE',
              bidLimitMultUp: new Big('1.0001'),
              bidLimitMultDown: new Big('0.9999'),
              askLimitMultUp: new Big('1.0001'),
              askLimitMultDown: new Big('0.9999'),
            },
          ],
        },
      ],
    });
  });

  it('behavior: accepts a PRICE_RANGE rule with unset multipliers and an unknown rule type', () => {
    const decoded = decodeRight(ExecutionRules, {
      symbolRules: [{ symbol: 'BAZUSD', rules: [{ ruleType: 'PRICE_RANGE', bidLimitMultUp: '2' }, { ruleType: 'NEW_RULE', x: '1' }] }],
    });
    expect(decoded.symbolRules[0]?.rules).toEqual([
      { ruleType: 'PRICE_RANGE', bidLimitMultUp: new Big('2') },
      { ruleType: 'NEW_RULE', x: '1' },
    ]);
  });

  it('error: rejects a number multiplier, naming the path', () => {
    const bad = { symbolRules: [{ symbol: 'BAZUSD', rules: [{ ruleType: 'PRICE_RANGE', askLimitMultUp: 1.0001 }] }] };
    expect(rejection(ExecutionRules, bad)).toEqual([
      'Invalid value 1.0001 supplied to : ExecutionRules/symbolRules: ReadonlyArray<SymbolExecutionRules>/0: SymbolExecutionRules/rules: ReadonlyArray<ExecutionRule>/0: ExecutionRule/askLimitMultUp: BigFromString | undefined',
    ]);
  });

  it('behavior: encode∘decode gives back the decoded value', () => {
    const rules = decodeRight(ExecutionRules, EXAMPLE);
    expect(decodeRight(ExecutionRules, ExecutionRules.encode(rules))).toEqual(rules);
  });
});
