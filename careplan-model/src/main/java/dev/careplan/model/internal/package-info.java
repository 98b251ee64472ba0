/** Implementation of the model's custom constraints; not part of the API. */
package dev.careplan.model.internal;
