/** Policy profiles (YAML, strict: an unknown key is an error): the stock ones and a user's file. */
package org.lifecircle.io.profile;
