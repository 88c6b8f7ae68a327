/**
 * JSON helpers shared by AdPack's own modules, such as the dotted path of a failing value that error messages name;
 * not API: public only so that other AdPack modules can reach them, and they may change without notice.
 */
package eu.adpack.core.internal.json;
