// Private to the lowering: per-program state (functions, static data, memory layout) and the
// per-function lowerer shared by the statement, expression, call and memory units.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "lower/frames.h"
#include "lower/lower.h"
#include "types/checker.h"
#include "types/sizes.h"

namespace gm::lower {

// Linear memory map. Address 0 is nil; the shadow stack grows down from kStackTop; static data
// (string literals, package variables) follows it; the runtime's heap starts after the data.
inline constexpr uint32_t kStackBottom = 1024;
inline constexpr uint32_t kStackTop = kStackBottom + 256 * 1024;
inline constexpr uint32_t kPageSize = 65536;

class ProgramLowerer {
 public:
  ProgramLowerer(const Program& prog, wasm::Module& mod, Diagnostics& diags)
      : prog_(prog), mod_(mod), diags_(diags) {}
  void run();

  wasm::FuncId funcId(const types::Func* f);
  // A runtime entry point by name, declared (and so compiled) on first use.
  wasm::FuncId runtimeFunc(const std::string& name, Pos at);
  const types::Func* runtimeFuncObject(const std::string& name) const;
  // gc: none — a call in the user's code that allocates if `callee` reaches the allocator;
  // reported at the end.
  void allocSite(Pos at, wasm::FuncId callee, std::string what) {
    if (prog_.gc == GcModel::None) allocSites_.push_back({at, callee, std::move(what)});
  }
  void markUserLit(const syntax::FuncLit* lit) { userLits_.insert(lit); }
  bool isUserLit(const syntax::FuncLit* lit) const { return userLits_.count(lit) > 0; }
  uint32_t panicTag();  // the exception tag Go panics are thrown with (functions with defer)
  // throwPanic's body is decided at the end: a throw if any function has defer, else a trap
  // (so that programs without defer need no exception-handling support at all).
  wasm::FuncId throwPanicFunc();
  wasm::FuncId abortedPanicHookFunc();  // chainPush(false) with defer in the program, else nothing
  void collectDeferTargets();
  bool isDeferTarget(const syntax::Node* fnOrLit) const { return deferTargets_.count(fnOrLit) > 0; }
  void usesDefer() { usesDefer_ = true; }
  // A generated function (ctx) → () that makes the deferred call recorded at ctx.
  wasm::FuncId deferThunk(const syntax::Defer* d);
  uint32_t stackPointer();  // index of the shadow-stack pointer global
  uint32_t heapBaseGlobal();
  uint32_t globalRootsGlobal();  // the address of the collector's table of pointer globals
  // Address of a string literal's bytes in static data (deduplicated).
  uint32_t stringData(const std::string& s);
  uint32_t globalAddress(const types::Var* v);

  // Function values: every callable value is a closure object {table slot, captures…}; its code
  // takes the closure as a hidden first parameter and is called with call_indirect.
  uint32_t tableSlot(wasm::FuncId f);
  wasm::TypeIdx closureType(const types::Signature* sig, Pos at);
  // Address of {slot} for a plain func as a value; derefReceiver: (*T).M of a value method.
  uint32_t staticClosure(const types::Func* f, bool derefReceiver = false);
  wasm::FuncId valueWrapper(const types::Func* f, wasm::FuncId target);  // (ctx, params…)
  wasm::FuncId funcLitFunction(const syntax::FuncLit* lit,
                               const std::vector<const types::Var*>& captures);
  wasm::FuncId boundMethodFunction(const types::Func* m);   // receiver stored at closure + 8
  wasm::FuncId boundInterfaceMethod(const types::Func* m);  // (code, data) at closure + 8
  // T.M as a value when M is an interface method (I.M) or promoted through embedded fields: a
  // static closure of a generated (ctx, recv, params…) function.
  uint32_t methodExprClosure(const types::Selection& sel, Pos at);

  // Interfaces: (type code, data). Codes are small integers given to each dynamic type as it is
  // first converted to an interface; dispatch functions over the codes are generated once the
  // whole program is known (finishDispatchers), as switches (br_table) over the types that
  // really occur — a method with one implementation is a direct call.
  uint32_t typeCode(const types::Type* t);
  wasm::FuncId methodDispatch(const types::Func* ifaceMethod);
  wasm::FuncId equalDispatch();                               // (code, a, b) → i32
  wasm::FuncId implementsDispatch(const types::Type* iface);  // (code) → i32
  wasm::FuncId comparableDispatch();                          // (code) → i32
  // errors.As's core: (err code, err data, target code, target data) → 0 no match, 1 stored,
  // 2 target is not a non-nil pointer, 3 *target is neither an interface nor an error type.
  wasm::FuncId asTargetDispatch();
  // (code, data) → the hash of an interface's dynamic value (map keys); panics for unhashable
  // dynamic types as Go does.
  wasm::FuncId hashDispatch();
  // Static closures of the generated hash and equality functions of a map key type.
  std::pair<uint32_t, uint32_t> keyFunctions(const types::Type* key);
  uint32_t closureOf(wasm::FuncId f);  // a static closure {slot} of a generated function
  bool hasTypeCode(const types::Type* t) const { return codes_.count(t) > 0; }
  // (code) → string: a compile-time string per dynamic type (e.g. a conversion panic message).
  wasm::FuncId codeStrings(const std::string& key,
                           std::function<std::string(const types::Type*)> text);
  void finishDispatchers();
  // internal/rtype: (code) → the address of the type's descriptor (typedesc.cpp).
  wasm::FuncId typeDescriptorFunc();
  uint32_t typeTableGlobal();
  void writeTypeDescriptors();
  const std::vector<const types::Type*>& dynamicTypes() const { return dynTypes_; }

  const types::Info& info() const { return *prog_.info; }
  // The function a callee expression names directly (f, pkg.F, or an instance of a generic
  // function: Sum(…), Sum[int](…)); null for methods and func values.
  const types::Func* calleeFunc(const syntax::Expr* fun) const;
  const Program& program() const { return prog_; }
  Diagnostics& diags() { return diags_; }
  wasm::Module& module() { return mod_; }
  wasm::FuncType signatureType(const types::Signature* sig, Pos at, bool* ok);
  void useMemory() { usesMemory_ = true; }
  void addFrame(PendingFrame f) { frames_.push_back(std::move(f)); }
  GcModel gcModel() const { return prog_.gc; }

 private:
  uint32_t allocStatic(uint32_t size, uint32_t align);
  void putData32(uint32_t addr, uint32_t v);            // a little-endian word in static data
  void setGlobalInit(uint32_t global, uint32_t value);  // an immutable global's final value
  bool staticInit(const syntax::Expr* e, const types::Type* t, uint32_t addr);
  void lowerInit();
  void staticRuntimeInit();
  void addHelperExports();
  void finishMemory();
  void finishFunctions();  // frames and the collector's spills (frames.cpp)
  bool collectorReached() const;
  void reportAllocations();
  const types::Func* modelFunc(const types::Func* f) const;

  const Program& prog_;
  wasm::Module& mod_;
  Diagnostics& diags_;
  std::unordered_map<const types::Func*, wasm::FuncId> ids_;
  std::deque<const types::Func*> pending_;
  struct PendingLit {
    const syntax::FuncLit* lit;
    std::vector<const types::Var*> captures;
    wasm::FuncId id;
  };
  std::deque<PendingLit> pendingLits_;
  std::unordered_map<wasm::FuncId, uint32_t> slots_;
  std::unordered_map<const types::Func*, uint32_t> staticClosures_, derefClosures_;
  std::unordered_map<const types::Func*, wasm::FuncId> valueWrappers_, boundWrappers_;
  std::map<std::pair<const types::Type*, const types::Object*>, uint32_t> methodExprs_;
  std::unordered_map<const syntax::FuncLit*, wasm::FuncId> lits_;
  std::vector<const types::Type*> dynTypes_;  // index + 1 is the type code
  std::unordered_map<const types::Type*, uint32_t> codes_;
  struct Dispatcher {
    enum Kind { Method, Equal, Implements, Strings, AsTarget, Hash, Comparable, TypeTable } kind;
    wasm::FuncId id;
    const types::Func* method = nullptr;
    const types::Type* iface = nullptr;
    std::function<std::string(const types::Type*)> text;
  };
  std::map<std::string, Dispatcher> dispatchers_;
  void drainFunctions();
  std::map<std::string, uint32_t> strings_;
  std::unordered_map<const types::Type*, std::pair<uint32_t, uint32_t>> keyFuncs_;
  std::unordered_map<const types::Var*, uint32_t> globals_;
  std::vector<uint8_t> data_;  // static data, starting at kStackTop
  std::optional<uint32_t> panicTag_;
  std::optional<wasm::FuncId> throwPanic_, abortedPanicHook_;
  std::unordered_set<const syntax::Node*> deferTargets_;  // FuncDecls and FuncLits
  bool usesDefer_ = false;
  std::unordered_map<const syntax::Defer*, wasm::FuncId> deferThunks_;
  std::optional<uint32_t> sp_, heapBase_, globalRoots_, typeTable_;
  bool usesMemory_ = false;
  std::vector<PendingFrame> frames_;
  struct StartParts {
    wasm::FuncId start;
    std::optional<wasm::FuncId> init;
    wasm::FuncId main;
  };
  std::optional<StartParts> start_;  // a WASI command's _start, rebuilt once defer use is known
  std::vector<wasm::FuncId> reentrantImports() const;
  struct AllocSite {
    Pos at;
    wasm::FuncId callee;
    std::string what;
  };
  std::vector<AllocSite> allocSites_;
  std::unordered_set<const syntax::FuncLit*> userLits_;
};

// Pushes the values of non-aggregate type t stored at addrLocal + offset.
void loadLeaves(wasm::Code& code, uint32_t addrLocal, const types::Type* t, uint32_t offset);

// Values of these types are stored directly in an interface's data word (no box).
bool pointerShaped(const types::Type* t);

// Type names as Go's runtime prints them (reflect's String, with "·N" for local types).
std::string runtimeTypeName(const types::Type* t, int depth = 0);

// Whether values of type t may hold pointers the collector must follow.
bool hasPointers(const types::Type* t);

// The single wasm type of a scalar Go type (i32 for the rest).
inline wasm::ValType valType(const types::Type* t) {
  auto vt = wasmTypes(t);
  return vt.size() == 1 ? vt[0] : wasm::ValType::I32;
}

// Where a Go variable lives.
struct Storage {
  enum Kind : uint8_t {
    Locals,  // in wasm locals (first = `local`, as many as its wasm types)
    Frame,   // in this function's shadow-stack frame at fp + offset
    Heap,    // in a heap cell whose address is in wasm local `local`
    Global,  // a package variable at absolute address `offset`
  } kind;
  uint32_t local = 0;
  uint32_t offset = 0;
};

// Lowers one Go function body into a wasm::Function.
class FuncLowerer {
 public:
  FuncLowerer(ProgramLowerer& prog, const types::Func* fn, wasm::Function& out);
  // A function literal: the closure arrives as the first parameter, its captures are loaded
  // from it.
  FuncLowerer(ProgramLowerer& prog, const syntax::FuncLit* lit,
              const std::vector<const types::Var*>& captures, wasm::Function& out);
  // A function whose body is generated rather than declared (package initialization).
  FuncLowerer(ProgramLowerer& prog, wasm::Function& out);
  void lower();
  void lowerInit(const std::vector<types::Initializer>& inits,
                 const std::vector<wasm::FuncId>& initFuncs);
  // (ctx, *T, params…) → M(*p, params…) for a value method used as (*T).M (ptrParam 1); and
  // (*T, params…) → M(p or *p, params…) for an exported class's method (ptrParam 0).
  void lowerDerefWrapper(const types::Func* m, wasm::FuncId target, uint32_t ptrParam);
  void lowerMethodExpr(const types::Selection& sel);
  // The body of a deferred call's thunk (lower_defer.cpp).
  void lowerDeferThunk(const syntax::Defer* d);
  // Bodies of generated dispatch functions (lower_iface.cpp).
  void lowerMethodDispatch(const types::Func* method, const std::vector<const types::Type*>& types);
  void lowerEqualDispatch(const std::vector<const types::Type*>& types);
  void lowerImplementsDispatch(const types::Type* iface,
                               const std::vector<const types::Type*>& types);
  void lowerAsTargetDispatch(const std::vector<const types::Type*>& types);
  void lowerCodeSet(const std::vector<const types::Type*>& yes);  // (code) → i32 1 for yes
  void lowerHashDispatch(const std::vector<const types::Type*>& types);
  void lowerTypeTable(const std::vector<const types::Type*>& types);
  void lowerKeyHash(const types::Type* key);
  void lowerKeyEqual(const types::Type* key);
  void hashInto(const types::Type* t, uint32_t addr, uint32_t off, uint32_t acc);
  void lowerCodeStrings(const std::function<std::string(const types::Type*)>& text,
                        const std::vector<const types::Type*>& types);

 private:
  friend class ProgramLowerer;
  // ---- statements (lower_stmt.cpp)
  void stmts(const std::vector<syntax::Stmt*>& list);
  void stmt(const syntax::Stmt* s);
  void assign(const syntax::Assign* s);
  void defineVar(const types::Var* v, Pos at);  // allocates storage (fresh heap cell if needed)
  void ifStmt(const syntax::If* s);
  void forStmt(const syntax::For* s, std::string label);
  void rangeStmt(const syntax::Range* s, std::string label);
  void switchStmt(const syntax::Switch* s, std::string label);
  void returnStmt(const syntax::Return* s);
  void returnValues(const syntax::Return* s);  // pushes the results without returning
  void branch(const syntax::Branch* s);
  void varDecl(const syntax::VarDecl* d);
  void loopBody(const syntax::Block* body, const std::string& label, uint32_t breakDepth);
  // block $break { loop $top { … } }: opens both and returns their control depths.
  struct LoopDepths {
    uint32_t breakDepth, loopDepth;
  };
  LoopDepths beginLoop();
  void endLoop(const LoopDepths& loop);  // br $top, then closes both
  static bool isBlank(const syntax::Expr* e);
  bool isNilName(const syntax::Expr* e) const;  // the predeclared nil
  std::vector<const types::Type*> values(const std::vector<syntax::Expr*>& rhs, size_t n,
                                         bool copyAggregates);
  void dropValues(const types::Type* t);  // a value (or tuple) of type t on the stack

  // ---- expressions (lower_expr.cpp): each pushes the value(s) of e
  void expr(const syntax::Expr* e);
  void widenToI64(const types::Type* t);  // an integer of type t on the stack → i64
  void exprInt64(const syntax::Expr* e);  // an integer expression (index, length, count) as i64
  void constant(const types::Type* t, const gm::constant::Value& v, Pos at);
  void zeroValue(const types::Type* t);
  void binary(const syntax::Binary* b);
  void arith(syntax::Op op, const types::Type* t, Pos at);
  void compare(syntax::Op op, const types::Type* t, Pos at);  // two values on the stack
  void compareMemory(const types::Type* t, Pos at);           // two addresses → i32 equal
  void shift(const syntax::Binary* b);
  void shiftValues(syntax::Op op, const types::Type* t, const types::Type* countType,
                   bool constCount, Pos at);
  void unary(const syntax::Unary* u);
  void conversion(const types::Type* from, const types::Type* to, Pos at);
  void normalize(const types::Type* t);  // wrap sub-32-bit integer results
  void compositeLit(const syntax::CompositeLit* lit, const types::Type* t);
  void heapLiteral(const syntax::CompositeLit* lit, const types::Type* t);
  void flatLiteral(const syntax::CompositeLit* lit, const types::Struct* st,
                   const std::function<void(const syntax::Expr*, const types::Type*)>& elemValue);
  void sliceExpr(const syntax::Slice* s);
  void indexValue(const syntax::Index* ix);

  // ---- interfaces (lower_iface.cpp)
  void toInterface(const types::Type* from, Pos at);  // value → (code, data)
  void fromInterfaceData(const types::Type* t);       // data → value of dynamic type t
  void typeAssert(const syntax::TypeAssert* e, bool commaOk);
  void typeSwitch(const syntax::TypeSwitch* s, std::string label);
  void interfaceCall(const syntax::Call* c, const syntax::Expr* recv, const types::Func* m,
                     const types::Selection& sel);
  void switchOnCode(uint32_t codeLocal, const std::vector<const types::Type*>& types,
                    const std::function<void(const types::Type*)>& each,
                    const std::function<void()>& fallback);
  void panicWithString(const std::string& staticPrefix);  // string on the stack

  // ---- defer, panic, recover (lower_defer.cpp)
  struct DeferredCall;  // what a defer statement records: target kind and value layout
  DeferredCall describeDefer(const syntax::Defer* d);
  void deferStmt(const syntax::Defer* d);
  void runDefers();
  void lowerBodyWithDefers(const types::Signature* sig);
  void panicCall(const syntax::Call* c);
  void panicValue(const types::Type* t, const syntax::Call* c);  // the value on the stack
  void recoverCall(const syntax::Call* c);
  bool hasDefer_ = false;
  uint32_t deferHead_ = 0;  // local: the list of pending deferred calls
  uint32_t exitDepth_ = 0;  // control depth of the block returns leave (functions with defer)
  std::vector<uint32_t> resultLocals_;  // unnamed results of a function with defer

  // ---- maps (lower_map.cpp)
  void mapKey(const syntax::Expr* key, const types::Type* keyType);
  void makeMap(const types::Type* mapType, const syntax::Expr* hint, Pos at);
  void mapIndex(const syntax::Index* ix, bool commaOk);
  void mapStore(const syntax::Index* ix);  // value on the stack
  void mapUpdate(const syntax::Expr* lhs, const std::function<void()>& update);
  void mapLookupCall(const char* fn, const types::Type* keyType, Pos at);
  bool isMapIndex(const syntax::Expr* e) const;
  void mapRange(const syntax::Range* s, const std::string& label,
                const std::function<void(uint32_t keyAddr, uint32_t elemAddr)>& assignIter);

  // ---- calls (lower_call.cpp)
  struct Callee {
    enum Kind { Value, Builtin, Method, Func } kind = Value;
    types::BuiltinId builtin{};
    const types::Func* func = nullptr;
    const types::Selection* sel = nullptr;  // Method
    const syntax::Expr* recv = nullptr;     // Method
  };
  Callee resolveCallee(const syntax::Call* c) const;
  void call(const syntax::Call* c);
  void callFunc(const types::Func* f, const syntax::Call* c, const syntax::Expr* recv,
                const types::Selection* sel);
  void builtinCall(const syntax::Call* c, types::BuiltinId id);
  bool intrinsic(const types::Func* f, const syntax::Call* c);
  void hostService(const types::Func* f, const syntax::Call* c);
  void callRuntime(const std::string& name, Pos at);
  void callValue(const syntax::Call* c);     // f(args) for a function value f
  void funcLit(const syntax::FuncLit* lit);  // pushes a new closure
  void methodValue(const syntax::Selector* s, const types::Selection& sel);
  void pushReceiver(const syntax::Expr* recv, const types::Func* m, const types::Selection& sel,
                    Pos at);
  // With the address of a `base` struct on the stack: follows the embedded fields of `path` and
  // pushes the receiver method f expects (the address or the value of the last one).
  void embeddedReceiver(const types::Type* base, const std::vector<int>& path,
                        const types::Func* f);
  void pushArgs(const syntax::Call* c, const types::Signature* sig);
  bool hasCall(const syntax::Expr* e) const;
  std::function<void(size_t)> callsFirst(const std::vector<const syntax::Expr*>& es,
                                         const std::vector<const types::Type*>& types);
  void afterCall(const types::Signature* sig);  // copies aggregate results out of the callee frame
  void printArgs(const syntax::Call* c, bool newline);
  void copyValues(const types::Type* dstType, const types::Type* srcType);
  void printValue(const types::Type* t, Pos at);
  void appendCall(const syntax::Call* c);

  // ---- memory (lower_memory.cpp)
  bool inMemory(const syntax::Expr* e) const;  // addressable and stored in linear memory
  void addr(const syntax::Expr* e);            // pushes the address of e
  void fieldAddr(const syntax::Expr* base, const types::Selection& sel, Pos at);
  void elemAddr(const syntax::Index* ix);
  void load(const types::Type* t, uint32_t offset = 0);  // address → value(s)
  void storeAt(const types::Type* t, uint32_t addrLocal, uint32_t offset = 0);  // value(s) → mem
  void storeTo(const syntax::Expr* lhs);       // pops value(s) of lhs's type into lhs
  void storeVar(const types::Var* v, Pos at);  // pops value(s) into v
  void loadVar(const types::Var* v, Pos at);
  void varAddr(const types::Var* v, Pos at);
  void copyToTemp(const types::Type* t);  // address → address of a fresh frame copy
  void spill(const types::Type* t);       // a flat value → address of a frame copy
  // A flat struct value → the values of its field at `path`.
  void extractField(const types::Type* base, const std::vector<int>& path);
  // Whether e is a flat struct variable in locals (or a field of one, through values only), and
  // the first of its locals.
  bool localLeaves(const syntax::Expr* e, uint32_t* first);
  void memCopy(uint32_t size);  // [dst, src] → memory.copy
  void nilCheck();              // address on stack stays; panics if 0
  void nilCheckValueMethod(const types::Func* m);
  void nilInterfaceCheck(Pos at);  // (code, data) on the stack stays; panics if nil  // likewise,
                                   // with Go's panicwrap message
  void boundsCheck(uint32_t indexLocal64, uint32_t lenLocal32, const char* panicFn, Pos at);
  void framePtr();
  uint32_t frameSlot(uint32_t size, uint32_t align);
  // Pushes a zeroed heap block's address. `contents` (if known) is the type stored in it: memory
  // for pointer-free types is never scanned by the collector. `what` names the allocating
  // construct for gc: "none" diagnostics.
  void heapAlloc(uint32_t size, Pos at, const types::Type* contents, const std::string& what);
  void callAllocating(const std::string& name, Pos at, const std::string& what);
  void allocSite(Pos at, wasm::FuncId callee, const std::string& what) {
    if (userCode_) prog_.allocSite(at, callee, what);
  }

  // ---- locals and labels
  const Storage& storage(const types::Var* v, Pos at);
  uint32_t newLocal(wasm::ValType t, std::string name = {});
  uint32_t newLocals(const types::Type* t, const std::string& name = {});
  void markScalar(uint32_t first, uint32_t n);       // locals that never hold a pointer
  void popTo(const types::Type* t, uint32_t first);  // pops values into locals first..
  // Pops values of types ts (the last on top) into fresh locals; returns each one's first local.
  std::vector<uint32_t> popValues(const std::vector<const types::Type*>& ts);
  void pushFrom(const types::Type* t, uint32_t first);
  struct Target {
    std::string label;
    uint32_t breakDepth;    // control depth of the block a break leaves
    int64_t continueDepth;  // -1 when continue is not allowed (switch)
  };
  uint32_t depthTo(uint32_t absolute) const { return controlDepth_ - 1 - absolute; }
  void enter() { ++controlDepth_; }
  void leave() { --controlDepth_; }
  void epilogue();
  void unsupported(Pos at, const std::string& what);
  const types::TypeAndValue* tv(const syntax::Expr* e) const;
  const types::Type* typeOf(const syntax::Expr* e) const;
  void finishFrame();

  ProgramLowerer& prog_;
  const types::Func* fn_ = nullptr;  // null for function literals and generated code
  const syntax::FuncLit* lit_ = nullptr;
  std::vector<const types::Var*> captures_;
  const types::Signature* sig_ = nullptr;
  const syntax::Block* body_ = nullptr;
  wasm::Function& out_;
  wasm::Code& code_;
  uint32_t nparams_ = 0;
  std::unordered_map<const types::Var*, Storage> vars_;
  std::vector<Target> targets_;
  uint32_t controlDepth_ = 0;
  std::string pendingLabel_;
  // Shadow-stack frame: size grows as slots are handed out; fp_ holds the frame's base.
  uint32_t frameSize_ = 0;
  uint32_t frameAlign_ = 8;
  std::optional<uint32_t> fp_;
  std::vector<size_t> frameSizePatches_;  // i32.const instructions that hold the frame size
  std::vector<size_t> frameOps_;          // prologue/epilogue instructions (dropped if no frame)
  std::vector<size_t> spPatches_;         // global.set instructions of the stack pointer
  std::vector<size_t> fpPatches_;         // local.get instructions of the frame pointer
  bool userCode_ = false;                 // the user's package (gc: none diagnostics)
};

}  // namespace gm::lower
