//! Averaged-perceptron named-entity tagger for French and English
