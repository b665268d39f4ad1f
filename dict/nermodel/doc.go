// Package nermodel embeds zhpipe's trained NER model (model.bin, built by
// `make train` with cmd/zhtrain; see NOTICE for the data it was trained on)
// and decodes it into a *ner.Model.
package nermodel
