// Calls of the predeclared functions: len cap append copy make new panic print println min max
// clear (and the ones gomethod rejects with a clear message).
#include <algorithm>

#include "types/checker.h"
#include "types/sizes.h"

namespace gm::types {

using namespace syntax;

void Checker::builtinCall(Operand& x, const Call* c, BuiltinId id) {
  const std::string name = exprStr(c->fun);
  std::vector<Operand> args;
  auto evalArgs = [&](size_t from) {
    for (size_t i = from; i < c->args.size(); ++i) {
      Operand a;
      expr(a, c->args[i]);
      args.push_back(a);
    }
    for (auto& a : args)
      if (a.invalid()) return false;
    return true;
  };
  auto wantArgs = [&](size_t lo, size_t hi) {
    if (c->args.size() < lo) {
      error(c->rparen, "not enough arguments for " + exprStr(c) + " (expected " +
                           std::to_string(lo) + ", found " + std::to_string(c->args.size()) + ")");
      return false;
    }
    if (c->args.size() > hi) {
      errorAt(c->args[hi], "too many arguments for " + exprStr(c) + " (expected " +
                               std::to_string(hi) + ", found " + std::to_string(c->args.size()) +
                               ")");
      return false;
    }
    return true;
  };
  x.mode = Mode::Invalid;
  if (c->hasDots && id != BuiltinId::Append) {
    errorAt(c, "invalid operation: invalid use of ... with built-in " + name);
    return;
  }
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (!wantArgs(1, 1) || !evalArgs(0)) return;
      Operand& a = args[0];
      const Type* t = coreOf(a.type);
      auto arrayPtrDeref = [](const Type* u) {
        auto* p = u->as<Pointer>();
        return p && under(p->elem)->as<Array>() ? under(p->elem) : u;
      };
      t = arrayPtrDeref(t);
      auto lenCap = [&](const Type* u) {
        u = arrayPtrDeref(under(u));
        return u->as<Array>() || u->as<Slice>() || u->as<Chan>() ||
               (id == BuiltinId::Len && (isString(u) || u->as<Map>()));
      };
      // A type parameter: every type in its type set must have a length (capacity).
      auto* tp = a.type->as<TypeParam>();
      auto* tc = tp ? constraintOf(tp) : nullptr;
      bool ok = lenCap(t) || (tc && tc->hasTerms && !tc->terms.empty() &&
                              std::all_of(tc->terms.begin(), tc->terms.end(),
                                          [&](const auto& term) { return lenCap(term.type); }));
      if (!ok) {
        errorAt(c->args[0], "invalid argument: " + describe(a) + " for built-in " + name);
        return;
      }
      x.type = table_.basic(BasicKind::Int);
      if (a.mode == Mode::Constant && isString(t)) {
        x.mode = Mode::Constant;
        x.val = constant::Value::makeInt64(static_cast<int64_t>(a.val.stringVal().size()));
      } else if (auto* arr = t->as<Array>(); arr && !tp && c->args[0]->kind != Kind::Call) {
        x.mode = Mode::Constant;  // len of an array (without calls in the operand) is constant
        x.val = constant::Value::makeInt64(arr->len);
      } else {
        x.mode = Mode::Value;
      }
      if (isUntyped(a.type)) defaultType(a);
      return;
    }
    case BuiltinId::Append: {
      if (c->args.empty()) {
        error(c->rparen, "not enough arguments for append() (expected 1, found 0)");
        return;
      }
      Operand s;
      expr(s, c->args[0]);
      if (s.invalid()) return;
      auto* sl = coreOf(s.type)->as<Slice>();
      if (!sl) {
        if (isUntypedNil(s.type))
          errorAt(c->args[0], "first argument to append must be a typed slice; have untyped nil");
        else
          errorAt(c->args[0], "invalid argument: " + describe(s) +
                                  " (first argument to append must be a slice)");
        return;
      }
      if (c->hasDots) {
        if (c->args.size() != 2) {
          errorAt(c, "can only use ... with final argument in list");
          return;
        }
        Operand tail;
        expr(tail, c->args[1]);
        if (tail.invalid()) return;
        auto* eb = asBasic(sl->elem);
        // append([]byte, string...), also with a type parameter whose type set holds only
        // strings and byte slices (Go's coreString).
        if (eb && eb->basic == BasicKind::Uint8 &&
            (isString(tail.type) || isByteString(tail.type))) {
          if (isUntyped(tail.type)) defaultType(tail);
        } else {
          assignment(tail, table_.slice(sl->elem), "argument");  // the parameter ...E is []E
          if (tail.invalid()) return;
        }
      } else {
        for (size_t i = 1; i < c->args.size(); ++i) {
          Operand a;
          expr(a, c->args[i]);
          assignment(a, sl->elem, "argument");
        }
      }
      x.mode = Mode::Value;
      x.type = s.type;
      return;
    }
    case BuiltinId::Copy: {
      if (!wantArgs(2, 2) || !evalArgs(0)) return;
      auto* dst = coreOf(args[0].type)->as<Slice>();
      auto* src = coreOf(args[1].type)->as<Slice>();
      bool strSrc = isString(args[1].type) && dst && asBasic(dst->elem) &&
                    asBasic(dst->elem)->basic == BasicKind::Uint8;
      if (!dst || (!src && !strSrc) || (src && src->elem != dst->elem)) {
        errorAt(c, "invalid argument: copy expects slice arguments; found " + describe(args[0]) +
                       " and " + describe(args[1]));
        return;
      }
      if (isUntyped(args[1].type)) defaultType(args[1]);
      x.mode = Mode::Value;
      x.type = table_.basic(BasicKind::Int);
      return;
    }
    case BuiltinId::Make: {
      if (c->args.empty()) {
        error(c->rparen, "not enough arguments for make() (expected 1, found 0)");
        return;
      }
      const Type* t = typeExpr(c->args[0]);
      if (isInvalid(t)) return;
      const Type* u = coreOf(t);
      size_t minArgs = 1, maxArgs = 1;
      if (u->as<Slice>())
        minArgs = 2, maxArgs = 3;
      else if (u->as<Map>())
        maxArgs = 2;
      else if (u->as<Chan>())
        maxArgs = 2;
      else {
        errorAt(c->args[0], "invalid argument: cannot make " + exprStr(c->args[0]) +
                                "; type must be slice, map, or channel");
        return;
      }
      if (c->args.size() < minArgs) {
        errorAt(c, "invalid operation: " + exprStr(c) + " expects " + std::to_string(minArgs) +
                       " or " + std::to_string(maxArgs) + " arguments; found " +
                       std::to_string(c->args.size()));
        return;
      }
      if (c->args.size() > maxArgs) {
        errorAt(c, "invalid operation: " + exprStr(c) + " expects " + std::to_string(minArgs) +
                       " or " + std::to_string(maxArgs) + " arguments; found " +
                       std::to_string(c->args.size()));
        return;
      }
      std::vector<std::optional<int64_t>> sizes;
      for (size_t i = 1; i < c->args.size(); ++i) sizes.push_back(index(c->args[i], -1));
      if (sizes.size() == 2 && sizes[0] && sizes[1] && *sizes[0] > *sizes[1]) {
        errorAt(c->args[1], "invalid argument: length and capacity swapped");
        return;
      }
      x.mode = Mode::Value;
      x.type = t;
      return;
    }
    case BuiltinId::New: {
      if (!wantArgs(1, 1)) return;
      const Type* t = typeExpr(c->args[0]);
      if (isInvalid(t)) return;
      x.mode = Mode::Value;
      x.type = table_.pointer(t);
      return;
    }
    case BuiltinId::Panic: {
      if (!wantArgs(1, 1) || !evalArgs(0)) return;
      assignment(args[0], table_.emptyInterface(), "argument to panic");
      x.mode = Mode::NoValue;
      x.type = table_.tuple({});
      return;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      if (c->args.size() == 1) {
        multiExpr(args, c->args[0], false);  // println(f()) prints each of f's results
        for (auto& a : args)
          if (a.invalid()) return;
      } else if (!evalArgs(0)) {
        return;
      }
      for (auto& a : args) {
        if (isUntyped(a.type)) {
          if (isUntypedNil(a.type)) {
            errorAt(a.expr, "use of untyped nil in argument to built-in " + name);
            return;
          }
          defaultType(a);
        }
      }
      x.mode = Mode::NoValue;
      x.type = table_.tuple({});
      return;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      if (!wantArgs(1, 1000000) || !evalArgs(0)) return;
      Operand acc = args[0];
      for (size_t i = 0; i < args.size(); ++i) {
        Operand& a = args[i];
        if (!(isNumeric(a.type) || isString(a.type))) {
          errorAt(a.expr, "invalid argument: " + describe(a) + " cannot be ordered");
          return;
        }
      }
      // All operands get one type, as in a chain of binary operations.
      for (size_t i = 1; i < args.size(); ++i) {
        Operand& a = args[i];
        if (isUntyped(acc.type) && !isUntyped(a.type))
          convertUntyped(acc, a.type);
        else if (isUntyped(a.type) && !isUntyped(acc.type))
          convertUntyped(a, acc.type);
        if (acc.invalid() || a.invalid()) return;
        if (isUntyped(acc.type) && isUntyped(a.type)) {
          if (asBasic(a.type)->basic > asBasic(acc.type)->basic) acc.type = a.type;
        } else if (a.type != acc.type) {
          errorAt(a.expr, "invalid argument: mismatched types " + str(acc.type) +
                              " (previous argument) and " + str(a.type) + " (type of " +
                              exprStr(a.expr) + ")");
          return;
        }
        if (acc.mode == Mode::Constant && a.mode == Mode::Constant) {
          bool less = constant::compare(a.val, '<', acc.val);
          if ((id == BuiltinId::Min) == less) acc.val = a.val;
        } else {
          acc.mode = Mode::Value;
        }
      }
      if (acc.mode != Mode::Constant) {
        for (size_t i = 0; i < args.size(); ++i)
          if (isUntyped(args[i].type))
            convertUntyped(args[i], isUntyped(acc.type) ? args[i].type : acc.type);
        if (isUntyped(acc.type)) defaultType(acc);
      }
      x = acc;
      x.expr = c;
      return;
    }
    case BuiltinId::Clear: {
      if (!wantArgs(1, 1) || !evalArgs(0)) return;
      const Type* u = coreOf(args[0].type);
      if (!u->as<Map>() && !u->as<Slice>()) {
        errorAt(c->args[0], "invalid argument: " + describe(args[0]) + " must be a map or slice");
        return;
      }
      x.mode = Mode::NoValue;
      x.type = table_.tuple({});
      return;
    }
    case BuiltinId::Sizeof:
    case BuiltinId::Alignof: {
      if (!wantArgs(1, 1) || !evalArgs(0)) return;
      if (isUntyped(args[0].type)) defaultType(args[0]);
      int64_t v = id == BuiltinId::Sizeof ? sizeOf(args[0].type) : alignOf(args[0].type);
      x.mode = Mode::Constant;
      x.type = table_.basic(BasicKind::Uintptr);
      x.val = constant::Value::makeInt64(v);
      return;
    }
    case BuiltinId::Add: {  // unsafe.Add(ptr Pointer, len IntegerType) Pointer
      if (!wantArgs(2, 2)) return;
      Operand p;
      expr(p, c->args[0]);
      if (p.invalid()) return;
      const Type* up = table_.basic(BasicKind::UnsafePointer);
      assignment(p, up, "argument to unsafe.Add");
      if (p.invalid()) return;
      index(c->args[1], -1, true);
      x.mode = Mode::Value;
      x.type = up;
      return;
    }
    case BuiltinId::Slice: {  // unsafe.Slice(ptr *T, len IntegerType) []T
      if (!wantArgs(2, 2) || !evalArgs(0)) return;
      auto* pt = under(args[0].type)->as<Pointer>();
      if (!pt) {
        errorAt(c->args[0], "invalid argument: " + describe(args[0]) + " is not a pointer");
        return;
      }
      index(c->args[1], -1, true);
      x.mode = Mode::Value;
      x.type = table_.slice(pt->elem);
      return;
    }
    case BuiltinId::Offsetof: {
      if (!wantArgs(1, 1)) return;
      const Expr* arg = c->args[0];
      while (auto* p = arg->as<Paren>()) arg = p->x;
      auto* sel = arg->as<Selector>();
      if (!sel) {
        errorAt(arg, "invalid argument: " + exprStr(arg) + " is not a selector expression");
        return;
      }
      // Go's rule: x.f where x is a struct or a pointer to one, and f a field of it, or of a
      // struct embedded in it, but not through an embedded pointer.
      Operand base;
      expr(base, sel->x);
      if (base.invalid()) return;
      const Type* bt = base.type;
      if (auto* p = under(bt)->as<Pointer>(); p && under(p->elem)->as<Struct>()) bt = p->elem;
      const std::string& name = sel->sel->value;
      LookupResult r = lookupFieldOrMethod(bt, name);
      if (!r.obj || r.ambiguous) {
        errorAt(sel->x, "invalid argument: " + str(bt) + " has no single field " + name);
        return;
      }
      auto* field = r.obj->as<Var>();
      if (!field) {
        errorAt(c->args[0], "invalid argument: " + exprStr(c->args[0]) + " is a method value");
        return;
      }
      if (r.indirect) {
        errorAt(sel->x,
                "invalid argument: field " + name + " is embedded via a pointer in " + str(bt));
        return;
      }
      info_.uses[sel->sel] = field;
      info_.selections[sel] = {Selection::FieldVal, field, bt, r.path, false};
      recordType(sel, base.mode == Mode::Variable ? Mode::Variable : Mode::Value, field->type);
      // Offset within the struct that directly holds the field (through embedded values).
      const Type* t = bt;
      int64_t off = 0;
      for (int idx : r.path) {
        auto* st = under(t)->as<Struct>();
        off += fieldOffsets(st)[idx];
        t = st->fields[idx]->type;
      }
      x.mode = Mode::Constant;
      x.type = table_.basic(BasicKind::Uintptr);
      x.val = constant::Value::makeInt64(off);
      return;
    }
    case BuiltinId::Recover:
      if (!wantArgs(0, 0)) return;
      x.mode = Mode::Value;
      x.type = table_.emptyInterface();
      return;
    case BuiltinId::Delete: {
      if (!wantArgs(2, 2)) return;
      Operand m;
      expr(m, c->args[0]);
      if (m.invalid()) return;
      auto* mt = coreOf(m.type)->as<Map>();
      if (!mt) {
        errorAt(c->args[0], "invalid argument: " + describe(m) + " is not a map");
        return;
      }
      Operand k;
      expr(k, c->args[1]);
      assignment(k, mt->key, "argument to delete");
      x.mode = Mode::NoValue;
      x.type = table_.tuple({});
      return;
    }
    default:
      errorAt(c, name + " is not supported by gomethod");
      return;
  }
}

}  // namespace gm::types
