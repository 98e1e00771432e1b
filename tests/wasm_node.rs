//! The WASM API under Node.js (`wasm-pack test --node`).
#![cfg(target_arch = "wasm32")]

mod wasm_api;
