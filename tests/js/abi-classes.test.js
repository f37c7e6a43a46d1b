// Exported Go types as JS classes (web/classes.js): construction, fields, value and pointer
// receiver semantics, ownership of field memory, free() and use after free, instances passed
// where Go takes *T, panics and errors from methods, and the directive's diagnostics.
import { GoError, GoPanic } from 'gomethod';
import { expectThrow, getCompiler, loadGo } from './abi-helpers.js';

const SOURCE = `package main

import "errors"

//export Account
type Account struct {
	Owner   string
	Balance int64
	Tags    []string
	history int32
}

func (a *Account) Deposit(n int64) int64 {
	a.Balance += n
	a.history++
	return a.Balance
}

func (a *Account) Withdraw(n int64) (int64, error) {
	if n > a.Balance {
		return a.Balance, errors.New("insufficient funds")
	}
	a.Balance -= n
	a.history++
	return a.Balance, nil
}

// A value receiver works on a copy: the object keeps its balance.
func (a Account) Preview(n int64) int64 {
	a.Balance += n
	return a.Balance
}

func (a Account) Describe() string { return a.Owner + ":" + string(rune('0'+a.history)) }

func (a *Account) Tag(t string) int { a.Tags = append(a.Tags, t); return len(a.Tags) }

func (a *Account) Fail(i int) string { return a.Tags[i] }

//export Transfer
func Transfer(from, to *Account, n int64) error {
	if _, err := from.Withdraw(n); err != nil {
		return err
	}
	to.Deposit(n)
	return nil
}

//export Meters
type Meters float64

func (m Meters) Feet() float64 { return float64(m) * 3.28084 }
func (m *Meters) Double()      { *m *= 2 }
`;

let mod;
beforeAll(async () => {
  mod = await loadGo(SOURCE);
});

test('the manifest lists the class and its exported methods', () => {
  const cls = mod.manifest.classes.find((c) => c.name === 'Account');
  expect(cls.methods.map((m) => [m.method, m.pointerReceiver])).toEqual([
    ['Deposit', true], ['Withdraw', true], ['Preview', false], ['Describe', false], ['Tag', true], ['Fail', true],
  ]);
  expect(Object.keys(mod.exports).sort()).toEqual(['Account', 'Meters', 'Transfer']);
});

test('construction, fields and methods', () => {
  const { Account } = mod.exports;
  const a = new Account({ Owner: 'ann', Balance: 10n });
  expect(a).toBeInstanceOf(Account);
  expect([a.Owner, a.Balance, a.Tags]).toEqual(['ann', 10n, []]);
  expect(a.Deposit(5n)).toBe(15n);
  expect(a.Balance).toBe(15n);
  expect(a.Preview(100n)).toBe(115n);
  expect(a.Balance).toBe(15n); // value receiver: a copy
  expect(a.Describe()).toBe('ann:1');
  a.Owner = 'bob';
  a.Balance = 1n;
  expect(a.Describe()).toBe('bob:1');
  expect(a.toJSON()).toEqual({ Owner: 'bob', Balance: 1n, Tags: [] });
  const empty = new Account();
  expect([empty.Owner, empty.Balance]).toEqual(['', 0n]);
  a.free();
  empty.free();
});

test('memory a field points at belongs to the object and survives other calls', () => {
  const { Account } = mod.exports;
  const a = new Account({ Owner: 'x'.repeat(100) });
  const others = [];
  for (let i = 0; i < 50; i++) others.push(new Account({ Owner: `o${i}`.repeat(20) }));
  expect(a.Tag('t1')).toBe(1);
  expect(a.Tag('t2')).toBe(2);
  expect(a.Owner).toBe('x'.repeat(100));
  expect(a.Tags).toEqual(['t1', 't2']);
  expect(others[49].Owner).toBe('o49'.repeat(20));
  for (const o of others) o.free();
  a.free();
});

test('errors, panics and the module keeps serving', () => {
  const { Account } = mod.exports;
  const a = new Account({ Balance: 3n });
  expectThrow(() => a.Withdraw(5n), GoError, 'insufficient funds');
  expect(a.Withdraw(2n)).toBe(1n);
  expectThrow(() => a.Fail(3), GoPanic, 'index out of range [3] with length 0');
  expect(a.Deposit(1n)).toBe(2n);
  a.free();
});

test('instances pass by address where Go takes *T', () => {
  const { Account, Transfer } = mod.exports;
  const a = new Account({ Balance: 10n });
  const b = new Account({ Balance: 1n });
  Transfer(a, b, 4n);
  expect([a.Balance, b.Balance]).toEqual([6n, 5n]);
  expectThrow(() => Transfer(a, b, 100n), GoError, 'insufficient funds');
  expectThrow(() => Transfer(a, new mod.exports.Meters(1), 1n), TypeError, /a Meters instance/);
  a.free();
  expectThrow(() => Transfer(a, b, 1n), TypeError, /used after free/);
  b.free();
});

test('bad input and use after free are TypeErrors / RangeErrors', () => {
  const { Account } = mod.exports;
  expectThrow(() => new Account({ Owner: 1 }), TypeError, /new Account\(…\): argument.Owner \(string\)/);
  expectThrow(() => new Account({ Missing: 1 }), TypeError, /unknown field "Missing"/);
  expectThrow(() => new Account({ history: 1 }), TypeError, /unexported/);
  expectThrow(() => new Account(42), TypeError, /expected an object/);
  const a = new Account();
  expectThrow(() => { a.Balance = 'x'; }, TypeError, /int64/);
  expectThrow(() => { a.balance = 1n; }, TypeError, /not extensible/);
  expectThrow(() => a.Deposit(), TypeError, /Account.Deposit: expected 1 argument, got 0/);
  a.free();
  expectThrow(() => a.Deposit(1n), TypeError, 'Account used after free()');
  expectThrow(() => a.Balance, TypeError, 'Account used after free()');
  expectThrow(() => a.free(), TypeError, 'Account used after free()');
  expectThrow(() => Account.prototype.Deposit.call({}, 1n), TypeError, /not a Account instance/);
});

test('a non-struct type: value, value and pointer methods', () => {
  const { Meters } = mod.exports;
  const m = new Meters(2);
  expect(m.value).toBe(2);
  expect(m.Feet()).toBeCloseTo(6.56168);
  m.Double();
  expect(m.value).toBe(4);
  m.value = 0.5;
  expect(m.Feet()).toBeCloseTo(1.64042);
  expectThrow(() => new Meters('2'), TypeError, /\(Meters\): expected a number/);
  m.free();
});

test('what cannot be exported as a class is a compile error', async () => {
  const compiler = await getCompiler();
  const bad = compiler.compile(`package main

//export Shape
type Shape interface{ Area() float64 }

//export Box
type Box[T any] struct{ v T }
`);
  expect(bad.ok).toBe(false);
  expect(bad.diagnostics.map((d) => [d.line, d.message])).toEqual([
    [3, 'export directive on interface type Shape: only concrete types can be exported as classes'],
    [6, 'export directive on type Box: only non-generic defined types can be exported as classes'],
  ]);
});
