package nermodel

import (
	"crypto/sha256"
	"encoding/hex"
)

// Digest returns the hex SHA-256 of the embedded model file, for corpus
// manifests: a corpus is rebuilt when the model changes.
func Digest() string {
	sum := sha256.Sum256(model)
	return hex.EncodeToString(sum[:])
}
