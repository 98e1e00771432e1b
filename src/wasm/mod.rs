//! The WebAssembly side: the `#[wasm_bindgen]` exports (thin: convert, call the model or
//! the report layer, convert) and the module's allocator.

pub mod bindings;

mod allocator;

#[global_allocator]
static ALLOCATOR: allocator::SizeClasses = allocator::SizeClasses::new();
