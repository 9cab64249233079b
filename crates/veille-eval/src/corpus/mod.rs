//! Adapters from open gold corpora to [`crate::events::GoldDoc`].
